// The wire codec and the frame change against the Python side's golden files: the same mesh
// must come out byte-identical on both sides of the wire, and a chiral shape must keep its
// handedness (Unity shows the object the server made, not its mirror image).
using System;
using System.IO;
using System.Security.Cryptography;
using NUnit.Framework;
using Sketch2Real.Core;

namespace Sketch2Real.Core.Tests
{
    [TestFixture]
    public class WireGoldenTests
    {
        private static WireMesh ChiralWire()
        {
            var w = new WireMesh();
            w.VertexCount = 4;
            w.TriangleCount = 4;
            w.Positions = Golden.Bytes("chiral.positions.f32");
            w.Indices = Golden.Bytes("chiral.indices.u32");
            w.Colors = Golden.Bytes("chiral.colors.u8");
            w.Normals = Golden.Bytes("chiral.normals.f32");
            w.Uvs = Golden.Bytes("chiral.uvs.f32");
            w.TexturePng = Golden.Bytes("chiral.texture.png");
            return w;
        }

        [Test]
        public void ServerMesh_DecodesToTheUnityArraysPythonExpects()
        {
            UnityMeshArrays m = MeshCodec.FromWire(ChiralWire(), "completed.mesh");
            Assert.AreEqual(4, m.VertexCount);
            Assert.AreEqual(4, m.TriangleCount);
            Golden.AssertBytesEqual(Golden.Bytes("chiral.unity_positions.f32"), WireArrays.WriteFloat32(m.Positions), "positions");
            Golden.AssertBytesEqual(Golden.Bytes("chiral.unity_indices.u32"), WireArrays.WriteUInt32(m.Indices, "i"), "indices");
            Golden.AssertBytesEqual(Golden.Bytes("chiral.unity_normals.f32"), WireArrays.WriteFloat32(m.Normals), "normals");
            Golden.AssertBytesEqual(Golden.Bytes("chiral.colors.u8"), m.Colors, "colours");
            Golden.AssertBytesEqual(Golden.Bytes("chiral.uvs.f32"), WireArrays.WriteFloat32(m.Uvs), "uvs");
            int width, height;
            Assert.IsTrue(PngInfo.TryReadSize(m.TexturePng, out width, out height));
            Assert.AreEqual(2, width);
            Assert.AreEqual(2, height);
            Assert.IsFalse(m.NeedsUInt32Indices);
            // x = 0 on the wire is -0.0 in Unity (a pure sign flip), and back.
            Assert.IsTrue(m.Positions[0] == 0f && float.IsNegativeInfinity(1f / m.Positions[0]));
        }

        [Test]
        public void ServerMesh_RoundTripsByteIdentical()
        {
            WireMesh original = ChiralWire();
            WireMesh back = MeshCodec.ToWire(MeshCodec.FromWire(original, "mesh"));
            Assert.AreEqual(original.VertexCount, back.VertexCount);
            Assert.AreEqual(original.TriangleCount, back.TriangleCount);
            Golden.AssertBytesEqual(original.Positions, back.Positions, "positions");
            Golden.AssertBytesEqual(original.Indices, back.Indices, "indices");
            Golden.AssertBytesEqual(original.Colors, back.Colors, "colours");
            Golden.AssertBytesEqual(original.Normals, back.Normals, "normals");
            Golden.AssertBytesEqual(original.Uvs, back.Uvs, "uvs");
            Golden.AssertBytesEqual(original.TexturePng, back.TexturePng, "texture");
        }

        [Test]
        public void UnityMesh_EncodesToTheBytesTheServerSent()
        {
            // What the Unity side would send back as a MeshSketch, from Unity-frame arrays.
            var m = new UnityMeshArrays();
            m.Positions = WireArrays.ReadFloat32(Golden.Bytes("chiral.unity_positions.f32"), 3, "p");
            m.Indices = WireArrays.ReadUInt32(Golden.Bytes("chiral.unity_indices.u32"), 3, "i");
            m.Colors = Golden.Bytes("chiral.colors.u8");
            WireMesh w = MeshCodec.ToWire(m);
            Golden.AssertBytesEqual(Golden.Bytes("chiral.positions.f32"), w.Positions, "positions");
            Golden.AssertBytesEqual(Golden.Bytes("chiral.indices.u32"), w.Indices, "indices");
            Golden.Write("chiral_sketch.positions.f32", w.Positions);
            Golden.Write("chiral_sketch.indices.u32", w.Indices);
            Golden.Write("chiral_sketch.colors.u8", w.Colors);
        }

        private static double[] Vec(float[] p, int i)
        {
            return new double[] { p[3 * i], p[3 * i + 1], p[3 * i + 2] };
        }

        private static double[] Sub(double[] a, double[] b)
        {
            return new[] { a[0] - b[0], a[1] - b[1], a[2] - b[2] };
        }

        private static double[] Cross(double[] a, double[] b)
        {
            return new[] { a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0] };
        }

        private static double Dot(double[] a, double[] b)
        {
            return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
        }

        [Test]
        public void ChiralMesh_KeepsItsHandedness()
        {
            var manifest = Golden.Manifest();
            UnityMeshArrays m = MeshCodec.FromWire(ChiralWire(), "mesh");
            float[] p = m.Positions;

            // 1. The labelled edges (0.3 along X, 0.2 along Y, 0.1 along Z on the wire) have the
            // opposite numeric determinant in Unity: Unity's axes are left-handed, so the same
            // physical shape has mirrored coordinates. Equal signs would mean a mirrored object.
            double[] o = Vec(p, 0);
            double det = Dot(Cross(Sub(Vec(p, 1), o), Sub(Vec(p, 2), o)), Sub(Vec(p, 3), o));
            double wireDet = Golden.Number(manifest, "chiral_edge_determinant_wire");
            Assert.AreEqual(-wireDet, det, 1e-6 * Math.Abs(wireDet));

            // 2. Every triangle faces outward for Unity: its Cross(b - a, c - a) (the normal
            // Mesh.RecalculateNormals computes, and the side Unity draws) points away from the
            // centre, and agrees with the server's normals at its corners.
            double[] centre = new double[3];
            for (int i = 0; i < m.VertexCount; i++)
            {
                double[] v = Vec(p, i);
                for (int c = 0; c < 3; c++) centre[c] += v[c] / m.VertexCount;
            }
            double volume = 0;
            for (int t = 0; t < m.TriangleCount; t++)
            {
                int ia = m.Indices[3 * t], ib = m.Indices[3 * t + 1], ic = m.Indices[3 * t + 2];
                double[] a = Vec(p, ia), b = Vec(p, ib), c = Vec(p, ic);
                double[] n = Cross(Sub(b, a), Sub(c, a));
                double[] mid = { (a[0] + b[0] + c[0]) / 3 - centre[0], (a[1] + b[1] + c[1]) / 3 - centre[1], (a[2] + b[2] + c[2]) / 3 - centre[2] };
                Assert.Greater(Dot(n, mid), 0.0, "triangle " + t + " faces inward in Unity");
                // (A corner's area-weighted normal may be perpendicular to one of its faces,
                // never opposed to it.)
                double agree = 0;
                foreach (int corner in new[] { ia, ib, ic })
                {
                    double d = Dot(n, Vec(m.Normals, corner));
                    Assert.GreaterOrEqual(d, -1e-9, "triangle " + t + " opposes the normal of vertex " + corner);
                    agree += d;
                }
                Assert.Greater(agree, 0.0, "triangle " + t + " disagrees with the server's normals");
                volume += Dot(a, Cross(b, c)) / 6;
            }
            // The numeric signed volume keeps its sign (mirror and winding flip cancel out).
            double wireVolume = Golden.Number(manifest, "chiral_signed_volume_wire");
            Assert.AreEqual(wireVolume, volume, 1e-6);
        }

        [Test]
        public void Stroke_DrawnInUnity_EncodesToThePythonClientsBytes()
        {
            float[] points = WireArrays.ReadFloat32(Golden.Bytes("helix.unity_points.f32"), 3, "points");
            float[] radii = WireArrays.ReadFloat32(Golden.Bytes("helix.radii.f32"), 1, "radii");
            byte[] colors = Golden.Bytes("helix.colors.u8");
            float[] quats = WireArrays.ReadFloat32(Golden.Bytes("helix.unity_orientations.f32"), 4, "q");
            var stroke = new StrokeRecord();
            stroke.Brush = "golden";
            for (int i = 0; i < radii.Length; i++)
            {
                stroke.Add(points[3 * i], points[3 * i + 1], points[3 * i + 2], radii[i],
                           colors[4 * i], colors[4 * i + 1], colors[4 * i + 2], colors[4 * i + 3],
                           quats[4 * i], quats[4 * i + 1], quats[4 * i + 2], quats[4 * i + 3]);
            }
            Assert.AreEqual((int)Golden.Number(Golden.Manifest(), "helix_points"), stroke.Count);
            WireStroke w = StrokeCodec.ToWire(stroke);
            Golden.AssertBytesEqual(Golden.Bytes("helix.points.f32"), w.Points, "points");
            Golden.AssertBytesEqual(Golden.Bytes("helix.radii.f32"), w.Radii, "radii");
            Golden.AssertBytesEqual(Golden.Bytes("helix.colors.u8"), w.Colors, "colours");
            Golden.AssertBytesEqual(Golden.Bytes("helix.orientations.f32"), w.Orientations, "orientations");
            Golden.Write("helix_stroke.points.f32", w.Points);
            Golden.Write("helix_stroke.radii.f32", w.Radii);
            Golden.Write("helix_stroke.colors.u8", w.Colors);
            Golden.Write("helix_stroke.orientations.f32", w.Orientations);

            // And back: the Unity stroke again, bit for bit.
            StrokeRecord back = StrokeCodec.FromWire(w, "stroke");
            Golden.AssertBytesEqual(Golden.Bytes("helix.unity_points.f32"), WireArrays.WriteFloat32(back.Points.ToArray()), "points back");
            Golden.AssertBytesEqual(Golden.Bytes("helix.unity_orientations.f32"), WireArrays.WriteFloat32(back.Orientations.ToArray()), "orientations back");
        }

        private static int Torsion(float[] p)
        {
            double sum = 0;
            int n = p.Length / 3;
            for (int i = 0; i + 3 < n; i++)
            {
                double[] d0 = Sub(Vec(p, i + 1), Vec(p, i)), d1 = Sub(Vec(p, i + 2), Vec(p, i + 1)), d2 = Sub(Vec(p, i + 3), Vec(p, i + 2));
                sum += Dot(Cross(d0, d1), d2);
            }
            return Math.Sign(sum);
        }

        [Test]
        public void Helix_KeepsItsHandedness()
        {
            int wireHand = (int)Golden.Number(Golden.Manifest(), "helix_handedness_wire");
            Assert.AreEqual(1, wireHand, "the golden helix is right-handed");
            float[] unity = WireArrays.ReadFloat32(Golden.Bytes("helix.unity_points.f32"), 3, "p");
            // Read with the right-handed formula, Unity's coordinates give the opposite sign...
            Assert.AreEqual(-wireHand, Torsion(unity));
            // ...and what the client sends is the right-handed helix again.
            var s = new StrokeRecord();
            for (int i = 0; i < unity.Length / 3; i++)
            {
                s.Add(unity[3 * i], unity[3 * i + 1], unity[3 * i + 2], 0.01f, 255, 255, 255, 255);
            }
            float[] sent = WireArrays.ReadFloat32(StrokeCodec.ToWire(s).Points, 3, "p");
            Assert.AreEqual(wireHand, Torsion(sent));
        }

        /// <summary>The grid of golden_writer.grid_unity, built from integers the same way.</summary>
        private static UnityMeshArrays Grid(int side)
        {
            var m = new UnityMeshArrays();
            m.Positions = new float[side * side * 3];
            for (int i = 0; i < side; i++)
            {
                for (int j = 0; j < side; j++)
                {
                    int k = 3 * (i * side + j);
                    m.Positions[k] = i / 128f - 1f;
                    m.Positions[k + 1] = ((i * j) % 7) / 8f;
                    m.Positions[k + 2] = j / 128f;
                }
            }
            m.Indices = new int[(side - 1) * (side - 1) * 6];
            int t = 0;
            for (int i = 0; i < side - 1; i++)
            {
                for (int j = 0; j < side - 1; j++)
                {
                    int a = i * side + j, b = a + side, c = a + 1, d = b + 1;
                    int[] tri = { a, c, b, b, c, d };
                    Array.Copy(tri, 0, m.Indices, t, 6);
                    t += 6;
                }
            }
            return m;
        }

        private static string Sha256(byte[] data)
        {
            using (var sha = SHA256.Create())
            {
                return BitConverter.ToString(sha.ComputeHash(data)).Replace("-", "").ToLowerInvariant();
            }
        }

        [Test]
        public void BigMesh_PastUInt16_SameBytesAsPython()
        {
            var manifest = Golden.Manifest();
            int side = (int)Golden.Number(manifest, "grid_side");
            UnityMeshArrays m = Grid(side);
            Assert.AreEqual((int)Golden.Number(manifest, "grid_vertices"), m.VertexCount);
            Assert.AreEqual((int)Golden.Number(manifest, "grid_triangles"), m.TriangleCount);
            Assert.IsTrue(m.NeedsUInt32Indices, "90,000 vertices need 32-bit indices");
            WireMesh w = MeshCodec.ToWire(m);
            Assert.AreEqual(manifest["grid_positions_wire_sha256"], Sha256(w.Positions));
            Assert.AreEqual(manifest["grid_indices_wire_sha256"], Sha256(w.Indices));
            UnityMeshArrays back = MeshCodec.FromWire(w, "mesh");
            int max = 0;
            foreach (int i in back.Indices) max = Math.Max(max, i);
            Assert.AreEqual(m.VertexCount - 1, max, "indices above 65,535 survive");
            CollectionAssert.AreEqual(m.Indices, back.Indices);
        }

        [Test]
        public void BadWireArrays_NameTheField()
        {
            var w = new WireMesh();
            w.Positions = new byte[13];
            w.Indices = new byte[12];
            var ex = Assert.Throws<WireFormatException>(delegate { MeshCodec.FromWire(w, "preview.mesh"); });
            Assert.AreEqual("preview.mesh.positions", ex.Field);
            StringAssert.Contains("13 bytes", ex.Message);

            w.Positions = new byte[36];
            w.Indices = WireArrays.WriteUInt32(new[] { 0, 1, 3 }, "i");
            ex = Assert.Throws<WireFormatException>(delegate { MeshCodec.FromWire(w, "mesh"); });
            Assert.AreEqual("mesh.indices", ex.Field);

            w.Indices = WireArrays.WriteUInt32(new[] { 0, 1, 2 }, "i");
            w.Colors = new byte[8];
            ex = Assert.Throws<WireFormatException>(delegate { MeshCodec.FromWire(w, "mesh"); });
            Assert.AreEqual("mesh.colors", ex.Field);

            w.Colors = new byte[0];
            w.VertexCount = 4;
            ex = Assert.Throws<WireFormatException>(delegate { MeshCodec.FromWire(w, "mesh"); });
            Assert.AreEqual("mesh.vertex_count", ex.Field);

            byte[] big = { 0, 0, 0, 0x80, 0, 0, 0, 0, 0, 0, 0, 0 };
            ex = Assert.Throws<WireFormatException>(delegate { WireArrays.ReadUInt32(big, 3, "x.indices"); });
            Assert.AreEqual("x.indices", ex.Field);
        }
    }
}
