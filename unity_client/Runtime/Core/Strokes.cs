// Strokes as the hand draws them (Unity's frame) and as the wire carries them
// (sketch2real.v1.Stroke: float32 xyz points, float32 radii, uint8 RGBA colours, float32 xyzw
// orientations; right-handed).
using System;
using System.Collections.Generic;

namespace Sketch2Real.Core
{
    /// <summary>One stroke being drawn or drawn: per point a position (metres, Unity frame,
    /// in the sketch root's local space), a radius (metres), an RGBA colour and, optionally, the
    /// brush orientation (quaternion x, y, z, w, Unity frame).</summary>
    public sealed class StrokeRecord
    {
        public readonly List<float> Points = new List<float>();
        public readonly List<float> Radii = new List<float>();
        public readonly List<byte> Colors = new List<byte>();
        public readonly List<float> Orientations = new List<float>();
        public string Brush = "";

        public int Count { get { return Radii.Count; } }

        public void Add(float x, float y, float z, float radius, byte r, byte g, byte b, byte a)
        {
            if (radius < 0 || float.IsNaN(radius) || float.IsInfinity(radius))
            {
                throw new ArgumentOutOfRangeException("radius", "radius must be finite and >= 0");
            }
            if (float.IsNaN(x) || float.IsNaN(y) || float.IsNaN(z) ||
                float.IsInfinity(x) || float.IsInfinity(y) || float.IsInfinity(z))
            {
                throw new ArgumentOutOfRangeException("x", "point must be finite");
            }
            Points.Add(x);
            Points.Add(y);
            Points.Add(z);
            Radii.Add(radius);
            Colors.Add(r);
            Colors.Add(g);
            Colors.Add(b);
            Colors.Add(a);
        }

        /// <summary>Add with a brush orientation; a stroke has orientations for all its points or none.</summary>
        public void Add(float x, float y, float z, float radius, byte r, byte g, byte b, byte a,
                        float qx, float qy, float qz, float qw)
        {
            if (Orientations.Count != 4 * Count)
            {
                throw new InvalidOperationException("this stroke has no orientations for its earlier points");
            }
            Add(x, y, z, radius, r, g, b, a);
            Orientations.Add(qx);
            Orientations.Add(qy);
            Orientations.Add(qz);
            Orientations.Add(qw);
        }

        public float LastX { get { return Points[Points.Count - 3]; } }
        public float LastY { get { return Points[Points.Count - 2]; } }
        public float LastZ { get { return Points[Points.Count - 1]; } }
    }

    /// <summary>sketch2real.v1.Stroke's array fields, right-handed.</summary>
    public sealed class WireStroke
    {
        public byte[] Points = new byte[0];
        public byte[] Radii = new byte[0];
        public byte[] Colors = new byte[0];
        public byte[] Orientations = new byte[0];
        public string Brush = "";
    }

    public static class StrokeCodec
    {
        /// <summary>Unity stroke -> wire stroke (points mirrored, orientations mirrored).</summary>
        public static WireStroke ToWire(StrokeRecord s)
        {
            var w = new WireStroke();
            w.Points = WireArrays.WriteFloat32(Frames.MirrorPoints(s.Points.ToArray()));
            w.Radii = WireArrays.WriteFloat32(s.Radii.ToArray());
            w.Colors = s.Colors.ToArray();
            if (s.Orientations.Count > 0)
            {
                if (s.Orientations.Count != 4 * s.Count)
                {
                    throw new WireFormatException("stroke.orientations", s.Orientations.Count / 4 +
                                                  " orientations for " + s.Count + " points");
                }
                w.Orientations = WireArrays.WriteFloat32(Frames.MirrorQuaternions(s.Orientations.ToArray()));
            }
            w.Brush = s.Brush ?? "";
            return w;
        }

        /// <summary>Wire stroke -> Unity stroke (for showing a sketch that came from a file or server).</summary>
        public static StrokeRecord FromWire(WireStroke w, string field)
        {
            var points = WireArrays.ReadFloat32(w.Points, 3, field + ".points");
            int n = points.Length / 3;
            var radii = WireArrays.ReadFloat32(w.Radii, 1, field + ".radii");
            var colors = WireArrays.ReadUInt8(w.Colors, 4, field + ".colors");
            var quats = WireArrays.ReadFloat32(w.Orientations, 4, field + ".orientations");
            if (radii.Length != n || colors.Length != 4 * n || (quats.Length != 0 && quats.Length != 4 * n))
            {
                throw new WireFormatException(field, "radii, colours and orientations need one row per point (" + n + ")");
            }
            Frames.MirrorPointsInPlace(points);
            Frames.MirrorQuaternionsInPlace(quats);
            var s = new StrokeRecord();
            s.Points.AddRange(points);
            s.Radii.AddRange(radii);
            s.Colors.AddRange(colors);
            s.Orientations.AddRange(quats);
            s.Brush = w.Brush ?? "";
            return s;
        }
    }

    /// <summary>Decides which hand samples become stroke points: the first one, then one each
    /// time the hand has moved <see cref="MinSpacing"/> metres from the last kept point, up to
    /// <see cref="MaxPoints"/> (the server's max_points_per_stroke is 200,000).</summary>
    public sealed class StrokeSampler
    {
        public float MinSpacing = 0.004f;
        public int MaxPoints = 20000;

        public bool ShouldAdd(StrokeRecord stroke, float x, float y, float z)
        {
            if (stroke.Count == 0)
            {
                return true;
            }
            if (stroke.Count >= MaxPoints)
            {
                return false;
            }
            float dx = x - stroke.LastX, dy = y - stroke.LastY, dz = z - stroke.LastZ;
            return dx * dx + dy * dy + dz * dz >= MinSpacing * MinSpacing;
        }
    }
}
