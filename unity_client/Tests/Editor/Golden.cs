// Access to the golden files the Python side writes (tests/clients/golden_writer.py) into
// Tests/Golden~ (a folder Unity does not import). The same tests run in Unity's Test Runner
// (NUnit 3) and in CI under Mono (NUnit 2.6, tests/clients/test_csharp_core.py): they use only
// what both NUnit versions have.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using NUnit.Framework;
using Sketch2Real.Core;

namespace Sketch2Real.Core.Tests
{
    public static class Golden
    {
        public const string PackageName = "com.sketch2real.client";

        /// <summary>$S2R_GOLDEN_DIR, else the package's Tests/Golden~ as Unity maps it.</summary>
        public static string Dir
        {
            get
            {
                string env = Environment.GetEnvironmentVariable("S2R_GOLDEN_DIR");
                if (!string.IsNullOrEmpty(env))
                {
                    return env;
                }
                string inPackage = Path.GetFullPath(Path.Combine("Packages", Path.Combine(PackageName, Path.Combine("Tests", "Golden~"))));
                if (Directory.Exists(inPackage))
                {
                    return inPackage;
                }
                Assert.Ignore("golden files not found: set S2R_GOLDEN_DIR");
                return null;
            }
        }

        /// <summary>Where tests write what the C# side produced, for the Python side to check
        /// ($S2R_OUT_DIR); null when unset (nothing is written).</summary>
        public static string OutDir
        {
            get
            {
                string env = Environment.GetEnvironmentVariable("S2R_OUT_DIR");
                if (string.IsNullOrEmpty(env))
                {
                    return null;
                }
                Directory.CreateDirectory(env);
                return env;
            }
        }

        public static byte[] Bytes(string name)
        {
            return File.ReadAllBytes(Path.Combine(Dir, name));
        }

        public static void Write(string name, byte[] data)
        {
            string dir = OutDir;
            if (dir != null)
            {
                File.WriteAllBytes(Path.Combine(dir, name), data);
            }
        }

        /// <summary>golden.txt: "key value" lines.</summary>
        public static Dictionary<string, string> Manifest()
        {
            var d = new Dictionary<string, string>();
            foreach (string line in File.ReadAllLines(Path.Combine(Dir, "golden.txt")))
            {
                int space = line.IndexOf(' ');
                if (space > 0)
                {
                    d[line.Substring(0, space)] = line.Substring(space + 1).Trim();
                }
            }
            return d;
        }

        public static double Number(Dictionary<string, string> manifest, string key)
        {
            return double.Parse(manifest[key], CultureInfo.InvariantCulture);
        }

        /// <summary>events.tsv: job_id, seq, kind, key=value;... -> JobEventInfo.</summary>
        public static List<JobEventInfo> Events(string jobId)
        {
            var events = new List<JobEventInfo>();
            foreach (string line in File.ReadAllLines(Path.Combine(Dir, "events.tsv")))
            {
                if (line.Length == 0)
                {
                    continue;
                }
                string[] cols = line.Split('\t');
                if (cols[0] != jobId)
                {
                    continue;
                }
                var e = new JobEventInfo();
                e.JobId = cols[0];
                e.Seq = ulong.Parse(cols[1], CultureInfo.InvariantCulture);
                e.Time = 1700000000.0 + e.Seq;
                e.Kind = KindOf(cols[2]);
                var kv = new Dictionary<string, string>();
                if (cols.Length > 3 && cols[3].Length > 0)
                {
                    foreach (string part in cols[3].Split(';'))
                    {
                        int eq = part.IndexOf('=');
                        kv[part.Substring(0, eq)] = part.Substring(eq + 1);
                    }
                }
                string v;
                if (kv.TryGetValue("position", out v)) e.QueuePosition = uint.Parse(v, CultureInfo.InvariantCulture);
                if (kv.TryGetValue("reason", out v)) e.Reason = v;
                if (kv.TryGetValue("stage", out v)) e.Stage = v;
                if (kv.TryGetValue("step", out v)) e.Step = uint.Parse(v, CultureInfo.InvariantCulture);
                if (kv.TryGetValue("total_steps", out v)) e.TotalSteps = uint.Parse(v, CultureInfo.InvariantCulture);
                if (kv.TryGetValue("loss", out v)) e.Loss = float.Parse(v, CultureInfo.InvariantCulture);
                if (kv.TryGetValue("eta_seconds", out v)) e.EtaSeconds = float.Parse(v, CultureInfo.InvariantCulture);
                if (kv.TryGetValue("code", out v)) e.FailureCode = int.Parse(v, CultureInfo.InvariantCulture);
                if (kv.TryGetValue("message", out v)) e.Message = v;
                e.HasMesh = kv.ContainsKey("mesh_vertices");
                events.Add(e);
            }
            Assert.Greater(events.Count, 0, "no events for " + jobId + " in events.tsv");
            return events;
        }

        private static JobEventKind KindOf(string name)
        {
            switch (name)
            {
                case "queued": return JobEventKind.Queued;
                case "stage_started": return JobEventKind.StageStarted;
                case "progress": return JobEventKind.Progress;
                case "preview": return JobEventKind.Preview;
                case "completed": return JobEventKind.Completed;
                case "failed": return JobEventKind.Failed;
                case "cancelled": return JobEventKind.Cancelled;
                default: return JobEventKind.Unknown;
            }
        }

        public static void AssertBytesEqual(byte[] expected, byte[] actual, string what)
        {
            Assert.AreEqual(expected.Length, actual.Length, what + ": length");
            for (int i = 0; i < expected.Length; i++)
            {
                if (expected[i] != actual[i])
                {
                    Assert.Fail(what + ": byte " + i + " is " + actual[i] + ", expected " + expected[i]);
                }
            }
        }
    }
}
