// The job state machine against the events the server's converter writes (golden events.tsv):
// progress in order, a restart's re-queue, resume after a dropped stream with no event lost or
// repeated, failures, cancellation, and what a broken connection turns into.
using System.Collections.Generic;
using NUnit.Framework;
using Sketch2Real.Core;

namespace Sketch2Real.Core.Tests
{
    [TestFixture]
    public class JobTrackerTests
    {
        [Test]
        public void FullJob_GoesThroughItsStagesToCompleted()
        {
            List<JobEventInfo> events = Golden.Events("job-a");
            var t = new JobTracker("10.0.0.5:50051");
            t.BeginSubmit();
            Assert.AreEqual(JobPhase.Submitting, t.Phase);
            t.Submitted("job-a", 2);
            Assert.AreEqual(JobPhase.Queued, t.Phase);
            var stages = new List<string>();
            float lastFraction = 0;
            foreach (JobEventInfo e in events)
            {
                Assert.AreEqual(ApplyResult.Applied, t.Apply(e), e.ToString());
                Assert.AreEqual(e.Seq, t.LastSeq);
                if (e.Kind == JobEventKind.StageStarted)
                {
                    stages.Add(e.Stage);
                }
                if (e.Kind == JobEventKind.Queued && e.Seq == 1)
                {
                    StringAssert.Contains("2 jobs ahead", t.StatusLine());
                }
                if (e.Kind == JobEventKind.Progress && e.Stage == "sds")
                {
                    Assert.AreEqual(JobPhase.Running, t.Phase);
                    StringAssert.StartsWith("Refining: sds " + e.Step + "/4", t.StatusLine());
                    Assert.GreaterOrEqual(t.OverallFraction, lastFraction);
                    lastFraction = t.OverallFraction;
                }
            }
            CollectionAssert.AreEqual(new[] { "fit", "fit", "sds", "bridge", "export" }, stages);
            Assert.AreEqual(2, t.TimesQueued, "the restart re-queued the job once");
            Assert.AreEqual(2, t.PreviewCount);
            Assert.AreEqual(JobPhase.Completed, t.Phase);
            Assert.AreEqual(1f, t.OverallFraction);
            Assert.IsTrue(t.IsFinished);
            Assert.IsFalse(t.NeedsWatch);
            Assert.AreEqual("Done.", t.StatusLine());
        }

        [Test]
        public void ResumedStreams_NeitherLoseNorRepeatEvents()
        {
            List<JobEventInfo> events = Golden.Events("job-a");
            var t = new JobTracker("server");
            t.BeginSubmit();
            t.Submitted("job-a", 0);
            var applied = new List<ulong>();
            // The stream drops after every 5th event; each resume replays from a little before
            // the last seq seen (as a Watch with an older after_seq would), plus one event
            // delivered twice across the break.
            int next = 0;
            int drops = 0;
            while (!t.IsFinished)
            {
                int start = System.Math.Max(0, (int)t.LastSeq - 3);
                for (int i = start; i < events.Count && i < next + 5; i++)
                {
                    if (t.Apply(events[i]) == ApplyResult.Applied)
                    {
                        applied.Add(events[i].Seq);
                    }
                }
                next += 5;
                if (!t.IsFinished)
                {
                    drops++;
                    ReconnectPlan plan = t.CallFailed(GrpcCode.Unavailable, "connection reset");
                    Assert.IsTrue(plan.Retry);
                    Assert.IsTrue(t.NeedsWatch);
                }
            }
            Assert.Greater(drops, 2);
            var expected = new List<ulong>();
            foreach (JobEventInfo e in events) expected.Add(e.Seq);
            CollectionAssert.AreEqual(expected, applied, "every event exactly once, in order");
        }

        [Test]
        public void Gap_IsNotApplied_AndOtherJobsAreIgnored()
        {
            List<JobEventInfo> events = Golden.Events("job-a");
            var t = new JobTracker("server");
            t.Attach("job-a", 0);
            Assert.AreEqual(ApplyResult.Applied, t.Apply(events[0]));
            Assert.AreEqual(ApplyResult.Gap, t.Apply(events[2]));
            Assert.AreEqual(1UL, t.LastSeq, "resume with Watch(job, 1) to get seq 2 first");
            Assert.AreEqual(ApplyResult.Duplicate, t.Apply(events[0]));
            Assert.AreEqual(ApplyResult.WrongJob, t.Apply(Golden.Events("job-b")[1]));
            Assert.AreEqual(ApplyResult.Applied, t.Apply(events[1]));
        }

        [Test]
        public void FailedJob_ShowsTheServersMessage()
        {
            var t = new JobTracker("server");
            t.BeginSubmit();
            t.Submitted("job-b", 0);
            foreach (JobEventInfo e in Golden.Events("job-b"))
            {
                t.Apply(e);
            }
            Assert.AreEqual(JobPhase.Failed, t.Phase);
            Assert.AreEqual(1, t.FailureCode);
            Assert.AreEqual("Failed: sketch: the strokes bound no surface", t.StatusLine());
            List<JobEventInfo> late = Golden.Events("job-b");
            late[2].Seq = 4;
            Assert.AreEqual(ApplyResult.AfterEnd, t.Apply(late[2]));
        }

        [Test]
        public void Cancel_EndsInCancelled()
        {
            var t = new JobTracker("server");
            t.BeginSubmit();
            t.Submitted("job-c", 0);
            List<JobEventInfo> events = Golden.Events("job-c");
            t.Apply(events[0]);
            t.Apply(events[1]);
            t.Apply(events[2]);
            t.RequestCancel();
            StringAssert.StartsWith("Cancelling...", t.StatusLine());
            Assert.IsTrue(t.NeedsWatch, "keep following until the server says Cancelled");
            // Disposing our own call surfaces as CANCELLED: no retry.
            Assert.IsFalse(t.CallFailed(GrpcCode.Cancelled, "disposed").Retry);
            t.Apply(events[3]);
            Assert.AreEqual(JobPhase.Cancelled, t.Phase);
            Assert.AreEqual("Cancelled.", t.StatusLine());

            var early = new JobTracker("server");
            early.BeginSubmit();
            early.RequestCancel();
            Assert.AreEqual(JobPhase.Cancelled, early.Phase, "cancelled before the server gave a job id");
        }

        [Test]
        public void UnreachableServer_RetriesWithBackoff_ThenSaysSoPlainly()
        {
            var t = new JobTracker("192.168.1.20:50051");
            t.BeginSubmit();
            double last = 0;
            for (int i = 1; i <= t.MaxRetries; i++)
            {
                ReconnectPlan plan = t.CallFailed(GrpcCode.Unavailable, "failed to connect");
                Assert.IsTrue(plan.Retry, "attempt " + i);
                Assert.GreaterOrEqual(plan.DelaySeconds, last);
                Assert.LessOrEqual(plan.DelaySeconds, 8.0);
                last = plan.DelaySeconds;
                StringAssert.Contains("reconnecting at 192.168.1.20:50051", plan.Message);
            }
            ReconnectPlan final = t.CallFailed(GrpcCode.Unavailable, "failed to connect");
            Assert.IsFalse(final.Retry);
            StringAssert.StartsWith("Cannot reach the sketch2real server at 192.168.1.20:50051", final.Message);
            Assert.AreEqual(JobPhase.Failed, t.Phase, "nothing was submitted: the attempt is over");
            StringAssert.Contains("Cannot reach", t.StatusLine());
        }

        [Test]
        public void LostStream_WhileRunning_KeepsTheJobAndRetries()
        {
            var t = new JobTracker("server");
            t.Attach("job-a", 0);
            foreach (JobEventInfo e in Golden.Events("job-a"))
            {
                if (e.Seq > 10) break;
                t.Apply(e);
            }
            for (int i = 0; i < 20; i++)
            {
                ReconnectPlan plan = t.CallFailed(GrpcCode.Internal, "stream reset");
                if (!plan.Retry) break;
            }
            Assert.AreEqual(JobPhase.Running, t.Phase, "the job runs on on the server; only the stream is lost");
            Assert.IsTrue(t.NeedsWatch);
            StringAssert.Contains("Cannot reach", t.ConnectionMessage);
            ReconnectPlan stopped = t.StreamEndedEarly();
            Assert.IsFalse(stopped.Retry, "still over the retry budget");
        }

        [Test]
        public void TerminalErrors_DoNotRetry()
        {
            var t = new JobTracker("h:1");
            t.BeginSubmit();
            ReconnectPlan plan = t.CallFailed(GrpcCode.Unauthenticated, "missing token");
            Assert.IsFalse(plan.Retry);
            StringAssert.Contains("refused the token", plan.Message);

            t.BeginSubmit();
            plan = t.CallFailed(GrpcCode.InvalidArgument, "options.prompt: empty prompt");
            Assert.IsFalse(plan.Retry);
            StringAssert.Contains("options.prompt", plan.Message);

            t.BeginSubmit();
            plan = t.CallFailed(GrpcCode.ResourceExhausted, "queue full");
            Assert.IsFalse(plan.Retry, "a full queue is not retried on its own");

            t.Attach("job-x", 3);
            plan = t.CallFailed(GrpcCode.ResourceExhausted, "too many streams");
            Assert.IsTrue(plan.Retry, "a Watch refused for too many streams is retried");
        }

        [Test]
        public void SleepAndWake_ResumesWithWatchFromTheLastSeq()
        {
            var t = new JobTracker("server");
            t.Attach("job-a", 0);
            List<JobEventInfo> events = Golden.Events("job-a");
            for (int i = 0; i < 7; i++) t.Apply(events[i]);
            t.Pause();
            Assert.IsFalse(t.NeedsWatch);
            Assert.IsFalse(t.CallFailed(GrpcCode.Unavailable, "network down").Retry, "asleep: wait for the wake-up");
            Assert.IsTrue(t.Resume());
            Assert.AreEqual(7UL, t.LastSeq);
            Assert.AreEqual(0, t.ConsecutiveFailures);
            for (int i = 0; i < events.Count; i++)
            {
                t.Apply(events[i]);
            }
            Assert.AreEqual(JobPhase.Completed, t.Phase);
        }

        [Test]
        public void EtaFormatting()
        {
            Assert.AreEqual("about 1 s", JobTracker.FormatEta(0.2));
            Assert.AreEqual("about 45 s", JobTracker.FormatEta(45));
            Assert.AreEqual("about 3 min", JobTracker.FormatEta(170));
        }
    }
}
