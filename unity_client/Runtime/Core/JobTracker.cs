// The client's picture of one job: where it is (queued, which stage, which step, ETA), which
// events it has seen (seq numbers, so a resumed Watch neither loses nor repeats one), and what
// to do when a stream breaks (retry after a delay, or stop with a message for the user).
// Pure C#, single-threaded: the Unity layer calls it on the main thread only.
using System;

namespace Sketch2Real.Core
{
    public enum JobPhase
    {
        /// <summary>Nothing submitted yet.</summary>
        Idle,
        /// <summary>Submit sent, no job id yet.</summary>
        Submitting,
        Queued,
        Running,
        Completed,
        Failed,
        Cancelled,
    }

    public enum ApplyResult
    {
        /// <summary>The event changed the state.</summary>
        Applied,
        /// <summary>Seen already (seq not above the last one): a replay after a resume. Ignore it.</summary>
        Duplicate,
        /// <summary>Another job's event. Ignore it.</summary>
        WrongJob,
        /// <summary>The job has ended already. Ignore it.</summary>
        AfterEnd,
        /// <summary>Events are missing before it: not applied; reopen Watch(JobId, LastSeq).</summary>
        Gap,
    }

    /// <summary>What to do after a call or stream failed.</summary>
    public sealed class ReconnectPlan
    {
        /// <summary>Try again (Submit with the same request id, or Watch from LastSeq) after DelaySeconds.</summary>
        public bool Retry;
        public double DelaySeconds;
        /// <summary>One line for the user.</summary>
        public string Message = "";
    }

    public sealed class JobTracker
    {
        /// <summary>The server's address as the user typed it, for messages.</summary>
        public readonly string ServerAddress;
        /// <summary>Delays before retry 1, 2, 3, ...; the last one repeats.</summary>
        public double[] BackoffSeconds = { 0.5, 1, 2, 4, 8 };
        /// <summary>Failed attempts in a row before giving up with "cannot reach the server".</summary>
        public int MaxRetries = 8;

        public JobPhase Phase { get; private set; }
        public string JobId { get; private set; }
        /// <summary>seq of the last event applied (Watch resumes after it).</summary>
        public ulong LastSeq { get; private set; }
        public uint QueuePosition { get; private set; }
        public string QueueReason { get; private set; }
        public string Stage { get; private set; }
        public uint Step { get; private set; }
        public uint TotalSteps { get; private set; }
        public float Loss { get; private set; }
        public float EtaSeconds { get; private set; }
        /// <summary>Times the job was queued (more than 1 after a server restart re-queued it).</summary>
        public int TimesQueued { get; private set; }
        public int PreviewCount { get; private set; }
        public int FailureCode { get; private set; }
        public string FailureMessage { get; private set; }
        public bool CancelRequested { get; private set; }
        public bool Paused { get; private set; }
        /// <summary>Failed attempts in a row (0 while streams are healthy).</summary>
        public int ConsecutiveFailures { get; private set; }
        /// <summary>The last connection problem, while retrying ("" when connected).</summary>
        public string ConnectionMessage { get; private set; }

        private double runStartTime;
        private double lastEventTime;

        public JobTracker(string serverAddress)
        {
            ServerAddress = serverAddress ?? "";
            Reset(JobPhase.Idle);
        }

        public bool IsFinished
        {
            get { return Phase == JobPhase.Completed || Phase == JobPhase.Failed || Phase == JobPhase.Cancelled; }
        }

        /// <summary>A job id is known and the job has not ended: a Watch stream should be open.</summary>
        public bool NeedsWatch
        {
            get { return !string.IsNullOrEmpty(JobId) && !IsFinished && !Paused; }
        }

        private void Reset(JobPhase phase)
        {
            Phase = phase;
            JobId = null;
            LastSeq = 0;
            QueuePosition = 0;
            QueueReason = "";
            Stage = "";
            Step = 0;
            TotalSteps = 0;
            Loss = 0;
            EtaSeconds = 0;
            TimesQueued = 0;
            PreviewCount = 0;
            FailureCode = 0;
            FailureMessage = "";
            CancelRequested = false;
            Paused = false;
            ConsecutiveFailures = 0;
            ConnectionMessage = "";
            runStartTime = 0;
            lastEventTime = 0;
        }

        /// <summary>A new submission starts (forgets any earlier job).</summary>
        public void BeginSubmit()
        {
            Reset(JobPhase.Submitting);
        }

        /// <summary>Submit answered with the job id (and the queue position).</summary>
        public void Submitted(string jobId, uint queuePosition)
        {
            if (string.IsNullOrEmpty(jobId))
            {
                throw new ArgumentException("empty job id", "jobId");
            }
            JobId = jobId;
            QueuePosition = queuePosition;
            if (Phase == JobPhase.Submitting || Phase == JobPhase.Idle)
            {
                Phase = JobPhase.Queued;
            }
            ConsecutiveFailures = 0;
            ConnectionMessage = "";
        }

        /// <summary>Follow an existing job (e.g. after the app restarted), from after <paramref name="afterSeq"/>.</summary>
        public void Attach(string jobId, ulong afterSeq)
        {
            Reset(JobPhase.Queued);
            JobId = jobId;
            LastSeq = afterSeq;
        }

        public ApplyResult Apply(JobEventInfo e)
        {
            if (e == null)
            {
                throw new ArgumentNullException("e");
            }
            if (string.IsNullOrEmpty(JobId) && Phase == JobPhase.Submitting)
            {
                JobId = e.JobId;  // Refine: the first event names the job
            }
            if (e.JobId != JobId)
            {
                return ApplyResult.WrongJob;
            }
            if (e.Seq <= LastSeq)
            {
                return ApplyResult.Duplicate;
            }
            if (IsFinished)
            {
                return ApplyResult.AfterEnd;
            }
            if (e.Seq != LastSeq + 1)
            {
                return ApplyResult.Gap;
            }
            LastSeq = e.Seq;
            lastEventTime = e.Time;
            ConsecutiveFailures = 0;
            ConnectionMessage = "";
            switch (e.Kind)
            {
                case JobEventKind.Queued:
                    Phase = JobPhase.Queued;
                    TimesQueued++;
                    QueuePosition = e.QueuePosition;
                    QueueReason = e.Reason ?? "";
                    Stage = "";
                    Step = 0;
                    TotalSteps = 0;
                    EtaSeconds = 0;
                    runStartTime = 0;
                    break;
                case JobEventKind.StageStarted:
                    Phase = JobPhase.Running;
                    Stage = e.Stage ?? "";
                    Step = 0;
                    TotalSteps = e.TotalSteps;
                    if (runStartTime == 0)
                    {
                        runStartTime = e.Time;
                    }
                    break;
                case JobEventKind.Progress:
                    Phase = JobPhase.Running;
                    Stage = e.Stage ?? "";
                    Step = e.Step;
                    TotalSteps = e.TotalSteps;
                    Loss = e.Loss;
                    EtaSeconds = e.EtaSeconds;
                    if (runStartTime == 0)
                    {
                        runStartTime = e.Time;
                    }
                    break;
                case JobEventKind.Preview:
                    Phase = JobPhase.Running;
                    PreviewCount++;
                    break;
                case JobEventKind.Completed:
                    Phase = JobPhase.Completed;
                    EtaSeconds = 0;
                    break;
                case JobEventKind.Failed:
                    Phase = JobPhase.Failed;
                    FailureCode = e.FailureCode;
                    FailureMessage = e.Message ?? "";
                    break;
                case JobEventKind.Cancelled:
                    Phase = JobPhase.Cancelled;
                    Stage = e.Stage ?? "";
                    Step = e.Step;
                    break;
            }
            return ApplyResult.Applied;
        }

        /// <summary>The user asked to cancel (send Cancel, then dispose the stream when the
        /// Cancelled event arrives, or at once when no job id is known yet).</summary>
        public void RequestCancel()
        {
            CancelRequested = true;
            if (string.IsNullOrEmpty(JobId) && Phase == JobPhase.Submitting)
            {
                Phase = JobPhase.Cancelled;
            }
        }

        /// <summary>The app goes to sleep (headset taken off): streams will be dropped.</summary>
        public void Pause()
        {
            Paused = true;
        }

        /// <summary>The app is back. True when a Watch(JobId, LastSeq) must be opened.</summary>
        public bool Resume()
        {
            Paused = false;
            ConsecutiveFailures = 0;
            return NeedsWatch;
        }

        /// <summary>A Submit/Watch call failed with <paramref name="code"/>. Says whether to retry
        /// and when, and what to tell the user; a terminal problem ends the job on the client
        /// (Phase Failed, FailureCode -1) unless the server job may still run.</summary>
        public ReconnectPlan CallFailed(GrpcCode code, string detail)
        {
            var plan = new ReconnectPlan();
            string where = ServerAddress.Length > 0 ? " at " + ServerAddress : "";
            detail = detail ?? "";
            bool submitting = Phase == JobPhase.Submitting;
            if (Paused || IsFinished || code == GrpcCode.OK)
            {
                plan.Message = "";
                return plan;
            }
            if (code == GrpcCode.Cancelled && (CancelRequested || Paused))
            {
                plan.Message = "Stopped.";
                return plan;
            }
            bool transient = code == GrpcCode.Unavailable || code == GrpcCode.DeadlineExceeded ||
                             code == GrpcCode.Internal || code == GrpcCode.Unknown ||
                             code == GrpcCode.Aborted || code == GrpcCode.Cancelled ||
                             (code == GrpcCode.ResourceExhausted && !submitting);
            if (transient)
            {
                ConsecutiveFailures++;
                if (ConsecutiveFailures > MaxRetries)
                {
                    plan.Message = "Cannot reach the sketch2real server" + where +
                                   ". Is it running, and is the headset on the same network?" +
                                   (detail.Length > 0 ? " (" + detail + ")" : "");
                    ConnectionMessage = plan.Message;
                    if (submitting)
                    {
                        Fail(-1, plan.Message);
                    }
                    return plan;
                }
                int k = Math.Min(ConsecutiveFailures, BackoffSeconds.Length) - 1;
                plan.Retry = true;
                plan.DelaySeconds = BackoffSeconds[Math.Max(0, k)];
                plan.Message = (code == GrpcCode.ResourceExhausted ? "Server busy" : "Connection lost") +
                               ", reconnecting" + where + " (attempt " + ConsecutiveFailures + " of " + MaxRetries + ")";
                ConnectionMessage = plan.Message;
                return plan;
            }
            switch (code)
            {
                case GrpcCode.Unauthenticated:
                case GrpcCode.PermissionDenied:
                    plan.Message = "The server" + where + " refused the token: check the token in the settings.";
                    break;
                case GrpcCode.InvalidArgument:
                    plan.Message = "The server refused the sketch: " + detail;
                    break;
                case GrpcCode.ResourceExhausted:
                    plan.Message = "The server is busy: " + detail + " Try again in a while.";
                    break;
                case GrpcCode.NotFound:
                    plan.Message = "The job is no longer on the server (" + detail + ").";
                    break;
                case GrpcCode.Unimplemented:
                    plan.Message = "The server" + where + " does not speak sketch2real.v1 (" + detail + ").";
                    break;
                default:
                    plan.Message = "The server answered " + code + (detail.Length > 0 ? ": " + detail : "");
                    break;
            }
            ConnectionMessage = plan.Message;
            Fail(-1, plan.Message);
            return plan;
        }

        /// <summary>A Watch stream ended cleanly but before the terminal event (the server is
        /// shutting down): retry like a dropped connection.</summary>
        public ReconnectPlan StreamEndedEarly()
        {
            return CallFailed(GrpcCode.Unavailable, "the server closed the stream");
        }

        private void Fail(int code, string message)
        {
            Phase = JobPhase.Failed;
            FailureCode = code;
            FailureMessage = message;
        }

        /// <summary>Steps done in the current stage, 0..1 (0 when it is not step-based).</summary>
        public float StageFraction
        {
            get { return TotalSteps == 0 ? 0f : Math.Min(1f, (float)Step / TotalSteps); }
        }

        /// <summary>The whole job, 0..1, from the server's clock and its ETA (1 when completed).</summary>
        public float OverallFraction
        {
            get
            {
                if (Phase == JobPhase.Completed)
                {
                    return 1f;
                }
                if (Phase != JobPhase.Running || runStartTime == 0)
                {
                    return 0f;
                }
                double elapsed = Math.Max(0, lastEventTime - runStartTime);
                double total = elapsed + Math.Max(0, EtaSeconds);
                return total <= 0 ? 0f : (float)Math.Min(1.0, elapsed / total);
            }
        }

        /// <summary>One line for the user.</summary>
        public string StatusLine()
        {
            string text;
            switch (Phase)
            {
                case JobPhase.Idle:
                    text = "Draw, then refine.";
                    break;
                case JobPhase.Submitting:
                    text = "Sending the sketch...";
                    break;
                case JobPhase.Queued:
                    text = QueuePosition == 0 ? "Next in the queue" :
                           "Waiting in the queue (" + QueuePosition + (QueuePosition == 1 ? " job" : " jobs") + " ahead)";
                    if (QueueReason.StartsWith("requeued"))
                    {
                        text += ": " + QueueReason;
                    }
                    break;
                case JobPhase.Running:
                    text = "Refining: " + Stage + (TotalSteps > 0 ? " " + Step + "/" + TotalSteps : "") +
                           (EtaSeconds > 0 ? ", " + FormatEta(EtaSeconds) + " left" : "");
                    break;
                case JobPhase.Completed:
                    text = "Done.";
                    break;
                case JobPhase.Failed:
                    text = "Failed: " + FailureMessage;
                    break;
                default:
                    text = "Cancelled.";
                    break;
            }
            if (CancelRequested && !IsFinished)
            {
                text = "Cancelling... " + text;
            }
            if (ConnectionMessage.Length > 0 && !IsFinished)
            {
                text = ConnectionMessage + ". " + text;
            }
            return text;
        }

        public static string FormatEta(double seconds)
        {
            if (seconds < 60)
            {
                return "about " + Math.Max(1, (int)Math.Round(seconds)) + " s";
            }
            return "about " + (int)Math.Round(seconds / 60.0) + " min";
        }
    }
}
