// Stroke capture helpers (sampling, the live tube) and the main-thread queue.
using System;
using System.Collections.Generic;
using System.Threading;
using NUnit.Framework;
using Sketch2Real.Core;

namespace Sketch2Real.Core.Tests
{
    [TestFixture]
    public class StrokeAndQueueTests
    {
        private static StrokeRecord Arc(int n)
        {
            var s = new StrokeRecord();
            for (int i = 0; i < n; i++)
            {
                double a = 0.1 * i;
                s.Add((float)(0.2 * Math.Cos(a)), 1.2f + 0.01f * i, (float)(0.2 * Math.Sin(a)), 0.01f, 200, 50, 50, 255);
            }
            return s;
        }

        [Test]
        public void Tube_FacesOutward_InUnitysWinding()
        {
            StrokeRecord s = Arc(20);
            var mesh = new TubeMesh();
            TubeMesher.Build(s, 8, mesh);
            int sides = 8, n = s.Count;
            Assert.AreEqual(n * sides + 2 * (sides + 1), mesh.VertexCount);
            Assert.AreEqual(3 * (2 * sides * (n - 1) + 2 * sides), mesh.Indices.Count);
            Assert.AreEqual(4 * mesh.VertexCount, mesh.Colors.Count);
            var p = mesh.Positions;
            for (int t = 0; t < mesh.Indices.Count; t += 3)
            {
                int a = mesh.Indices[t], b = mesh.Indices[t + 1], c = mesh.Indices[t + 2];
                double abx = p[3 * b] - p[3 * a], aby = p[3 * b + 1] - p[3 * a + 1], abz = p[3 * b + 2] - p[3 * a + 2];
                double acx = p[3 * c] - p[3 * a], acy = p[3 * c + 1] - p[3 * a + 1], acz = p[3 * c + 2] - p[3 * a + 2];
                double nx = aby * acz - abz * acy, ny = abz * acx - abx * acz, nz = abx * acy - aby * acx;
                // Unity's Cross(b - a, c - a) agrees with the stored outward normals.
                double dot = nx * mesh.Normals[3 * a] + ny * mesh.Normals[3 * a + 1] + nz * mesh.Normals[3 * a + 2];
                Assert.Greater(dot, 0.0, "triangle " + (t / 3) + " faces inward");
            }
        }

        [Test]
        public void Tube_NeedsTwoPoints()
        {
            var mesh = new TubeMesh();
            TubeMesher.Build(Arc(1), 6, mesh);
            Assert.AreEqual(0, mesh.VertexCount);
            Assert.Throws<ArgumentOutOfRangeException>(delegate { TubeMesher.Build(Arc(3), 2, mesh); });
        }

        [Test]
        public void Sampler_KeepsPointsAMinimumApart()
        {
            var sampler = new StrokeSampler();
            sampler.MinSpacing = 0.01f;
            sampler.MaxPoints = 5;
            var s = new StrokeRecord();
            int kept = 0;
            for (int i = 0; i < 100; i++)
            {
                float x = i * 0.004f;
                if (sampler.ShouldAdd(s, x, 0, 0))
                {
                    s.Add(x, 0, 0, 0.005f, 255, 255, 255, 255);
                    kept++;
                }
            }
            Assert.AreEqual(5, kept, "capped at MaxPoints");
            Assert.AreEqual(0.012f, s.Points[3], 1e-6);
        }

        [Test]
        public void Stroke_RefusesNonFiniteValues_AndMixedOrientations()
        {
            var s = new StrokeRecord();
            Assert.Throws<ArgumentOutOfRangeException>(delegate { s.Add(float.NaN, 0, 0, 0.01f, 0, 0, 0, 255); });
            Assert.Throws<ArgumentOutOfRangeException>(delegate { s.Add(0, 0, 0, -1f, 0, 0, 0, 255); });
            s.Add(0, 0, 0, 0.01f, 0, 0, 0, 255);
            Assert.Throws<InvalidOperationException>(delegate { s.Add(1, 0, 0, 0.01f, 0, 0, 0, 255, 0, 0, 0, 1); });
        }

        [Test]
        public void MainThreadQueue_DeliversEverythingOnce_InOrderPerThread_Bounded()
        {
            var q = new MainThreadQueue();
            var errors = new List<Exception>();
            q.OnError = errors.Add;
            const int producers = 4, each = 500;
            var seen = new List<int>[producers];
            for (int p = 0; p < producers; p++) seen[p] = new List<int>();
            var threads = new List<Thread>();
            for (int p = 0; p < producers; p++)
            {
                int id = p;
                var th = new Thread(delegate ()
                {
                    for (int i = 0; i < each; i++)
                    {
                        int k = i;
                        q.Post(delegate { seen[id].Add(k); });
                    }
                });
                threads.Add(th);
                th.Start();
            }
            q.Post(delegate { throw new InvalidOperationException("one bad action"); });
            int frames = 0;
            while (true)
            {
                bool alive = false;
                foreach (Thread th in threads) alive |= th.IsAlive;
                int ran = q.Drain(64);
                Assert.LessOrEqual(ran, 64);
                frames++;
                if (!alive && q.Pending == 0) break;
            }
            Assert.Greater(frames, 1);
            Assert.AreEqual(1, errors.Count);
            for (int p = 0; p < producers; p++)
            {
                Assert.AreEqual(each, seen[p].Count);
                for (int i = 0; i < each; i++) Assert.AreEqual(i, seen[p][i]);
            }
        }
    }
}
