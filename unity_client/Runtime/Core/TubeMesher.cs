// The tube drawn around a stroke while the hand draws it: rings of `sides` vertices around each
// point (radius per point), frames carried along the polyline by parallel transport so the tube
// does not twist, closed with flat caps. Output is in Unity's frame with Unity's winding
// (clockwise front faces seen from outside), in flat lists ready for a UnityEngine.Mesh.
using System;
using System.Collections.Generic;

namespace Sketch2Real.Core
{
    public sealed class TubeMesh
    {
        public readonly List<float> Positions = new List<float>();
        public readonly List<float> Normals = new List<float>();
        public readonly List<byte> Colors = new List<byte>();
        public readonly List<int> Indices = new List<int>();

        public int VertexCount { get { return Positions.Count / 3; } }

        public void Clear()
        {
            Positions.Clear();
            Normals.Clear();
            Colors.Clear();
            Indices.Clear();
        }
    }

    public static class TubeMesher
    {
        /// <summary>Rebuild <paramref name="mesh"/> for the stroke (nothing for fewer than 2 points).</summary>
        public static void Build(StrokeRecord stroke, int sides, TubeMesh mesh)
        {
            if (sides < 3)
            {
                throw new ArgumentOutOfRangeException("sides", "a tube needs at least 3 sides");
            }
            mesh.Clear();
            int n = stroke.Count;
            if (n < 2)
            {
                return;
            }
            var p = stroke.Points;

            // 1. Tangents: central differences, one-sided at the ends; a zero segment keeps the last one.
            var tangents = new double[3 * n];
            double[] last = { 0, 0, 1 };
            for (int i = 0; i < n; i++)
            {
                int a = Math.Max(0, i - 1), b = Math.Min(n - 1, i + 1);
                double tx = p[3 * b] - p[3 * a], ty = p[3 * b + 1] - p[3 * a + 1], tz = p[3 * b + 2] - p[3 * a + 2];
                double len = Math.Sqrt(tx * tx + ty * ty + tz * tz);
                if (len > 1e-9)
                {
                    last = new[] { tx / len, ty / len, tz / len };
                }
                tangents[3 * i] = last[0];
                tangents[3 * i + 1] = last[1];
                tangents[3 * i + 2] = last[2];
            }

            // 2. A first normal perpendicular to the first tangent, then parallel transport.
            double[] t0 = { tangents[0], tangents[1], tangents[2] };
            double[] up = Math.Abs(t0[1]) < 0.9 ? new double[] { 0, 1, 0 } : new double[] { 1, 0, 0 };
            double[] nrm = Normalize(Cross(up, t0));
            for (int i = 0; i < n; i++)
            {
                double[] t = { tangents[3 * i], tangents[3 * i + 1], tangents[3 * i + 2] };
                // Remove the tangent component (transport), renormalise.
                double d = Dot(nrm, t);
                nrm = Normalize(new[] { nrm[0] - d * t[0], nrm[1] - d * t[1], nrm[2] - d * t[2] });
                double[] bin = Cross(t, nrm);
                float r = stroke.Radii[i];
                for (int k = 0; k < sides; k++)
                {
                    // Going round the ring with the angle growing from nrm towards bin.
                    double ang = 2 * Math.PI * k / sides;
                    double cx = Math.Cos(ang), sx = Math.Sin(ang);
                    double ox = cx * nrm[0] + sx * bin[0], oy = cx * nrm[1] + sx * bin[1], oz = cx * nrm[2] + sx * bin[2];
                    AddVertex(mesh, stroke, i, p[3 * i] + r * ox, p[3 * i + 1] + r * oy, p[3 * i + 2] + r * oz, ox, oy, oz);
                }
            }

            // 3. Side quads between consecutive rings. In a left-handed frame (Unity), with the
            // ring running from nrm towards bin = t x nrm, the triangles (a, a', b) wound this way
            // face outward: Unity's Cross(b - a, c - a) points away from the axis.
            for (int i = 0; i + 1 < n; i++)
            {
                int r0 = i * sides, r1 = (i + 1) * sides;
                for (int k = 0; k < sides; k++)
                {
                    int k1 = (k + 1) % sides;
                    AddTriangle(mesh, r0 + k, r0 + k1, r1 + k);
                    AddTriangle(mesh, r0 + k1, r1 + k1, r1 + k);
                }
            }

            // 4. Caps: a centre vertex and a fan, facing back at the start and forward at the end.
            AddCap(mesh, stroke, tangents, 0, sides, false);
            AddCap(mesh, stroke, tangents, n - 1, sides, true);
        }

        private static void AddCap(TubeMesh mesh, StrokeRecord stroke, double[] tangents, int i, int sides, bool end)
        {
            double s = end ? 1 : -1;
            double nx = s * tangents[3 * i], ny = s * tangents[3 * i + 1], nz = s * tangents[3 * i + 2];
            int ring = mesh.VertexCount;
            for (int k = 0; k < sides; k++)
            {
                int src = i * sides + k;
                AddVertex(mesh, stroke, i, mesh.Positions[3 * src], mesh.Positions[3 * src + 1], mesh.Positions[3 * src + 2], nx, ny, nz);
            }
            int centre = mesh.VertexCount;
            AddVertex(mesh, stroke, i, stroke.Points[3 * i], stroke.Points[3 * i + 1], stroke.Points[3 * i + 2], nx, ny, nz);
            for (int k = 0; k < sides; k++)
            {
                int k1 = (k + 1) % sides;
                // Cross(o_k, o_k+1) = sin(2 pi / sides) * t: (centre, k, k+1) faces along +t.
                if (end)
                {
                    AddTriangle(mesh, centre, ring + k, ring + k1);
                }
                else
                {
                    AddTriangle(mesh, centre, ring + k1, ring + k);
                }
            }
        }

        private static void AddVertex(TubeMesh mesh, StrokeRecord stroke, int i, double x, double y, double z,
                                      double nx, double ny, double nz)
        {
            mesh.Positions.Add((float)x);
            mesh.Positions.Add((float)y);
            mesh.Positions.Add((float)z);
            mesh.Normals.Add((float)nx);
            mesh.Normals.Add((float)ny);
            mesh.Normals.Add((float)nz);
            for (int c = 0; c < 4; c++)
            {
                mesh.Colors.Add(stroke.Colors[4 * i + c]);
            }
        }

        private static void AddTriangle(TubeMesh mesh, int a, int b, int c)
        {
            mesh.Indices.Add(a);
            mesh.Indices.Add(b);
            mesh.Indices.Add(c);
        }

        private static double Dot(double[] a, double[] b)
        {
            return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
        }

        private static double[] Cross(double[] a, double[] b)
        {
            return new[] { a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0] };
        }

        private static double[] Normalize(double[] v)
        {
            double len = Math.Sqrt(Dot(v, v));
            if (len < 1e-12)
            {
                return new double[] { 1, 0, 0 };
            }
            return new[] { v[0] / len, v[1] / len, v[2] / len };
        }
    }
}
