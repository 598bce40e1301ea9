// Meshes between the wire (sketch2real.v1.Mesh / MeshSketch: raw little-endian bytes,
// right-handed, counter-clockwise from outside) and the arrays a UnityEngine.Mesh is built from
// (Unity's left-handed frame, clockwise front faces). Decoding runs off the main thread; only
// the Mesh assignment itself needs Unity's main thread.
using System;

namespace Sketch2Real.Core
{
    /// <summary>A mesh as the wire carries it. Counts are those of sketch2real.v1.Mesh (0 when
    /// unknown, as in a MeshSketch); every array may be empty except positions and indices.</summary>
    public sealed class WireMesh
    {
        public uint VertexCount;
        public uint TriangleCount;
        /// <summary>float32 [V,3], metres, right-handed.</summary>
        public byte[] Positions = new byte[0];
        /// <summary>uint32 [F,3], counter-clockwise from outside.</summary>
        public byte[] Indices = new byte[0];
        /// <summary>uint8 RGBA [V,4] or empty.</summary>
        public byte[] Colors = new byte[0];
        /// <summary>float32 [V,3] unit normals or empty.</summary>
        public byte[] Normals = new byte[0];
        /// <summary>float32 [V,2], (0,0) bottom-left of the texture (Unity's convention too), or empty.</summary>
        public byte[] Uvs = new byte[0];
        /// <summary>PNG file bytes or empty.</summary>
        public byte[] TexturePng = new byte[0];
    }

    /// <summary>A mesh in Unity's frame, flat arrays ready for Mesh.SetVertices & co.</summary>
    public sealed class UnityMeshArrays
    {
        /// <summary>xyz per vertex, metres, Unity frame (length 3V).</summary>
        public float[] Positions = new float[0];
        /// <summary>Triangle indices, clockwise front faces (length 3F).</summary>
        public int[] Indices = new int[0];
        /// <summary>RGBA per vertex (length 4V) or empty.</summary>
        public byte[] Colors = new byte[0];
        /// <summary>xyz per vertex, Unity frame (length 3V) or empty.</summary>
        public float[] Normals = new float[0];
        /// <summary>uv per vertex (length 2V) or empty.</summary>
        public float[] Uvs = new float[0];
        /// <summary>PNG file bytes or empty.</summary>
        public byte[] TexturePng = new byte[0];

        public int VertexCount { get { return Positions.Length / 3; } }
        public int TriangleCount { get { return Indices.Length / 3; } }

        /// <summary>UnityEngine.Mesh needs IndexFormat.UInt32 past 65,535 vertices.</summary>
        public bool NeedsUInt32Indices { get { return MeshLimits.NeedsUInt32Indices(VertexCount); } }
    }

    public static class MeshLimits
    {
        /// <summary>Vertices a 16-bit index buffer can address.</summary>
        public const int MaxVerticesUInt16 = 65535;

        public static bool NeedsUInt32Indices(int vertexCount)
        {
            return vertexCount > MaxVerticesUInt16;
        }
    }

    public static class MeshCodec
    {
        /// <summary>Wire -> Unity arrays: checks every array's length and every index, mirrors
        /// positions and normals, flips the winding. <paramref name="field"/> prefixes messages
        /// (e.g. "preview.mesh").</summary>
        public static UnityMeshArrays FromWire(WireMesh wire, string field)
        {
            if (wire == null)
            {
                throw new ArgumentNullException("wire");
            }
            var m = new UnityMeshArrays();
            m.Positions = WireArrays.ReadFloat32(wire.Positions, 3, field + ".positions");
            m.Indices = WireArrays.ReadUInt32(wire.Indices, 3, field + ".indices");
            int v = m.VertexCount;
            int f = m.TriangleCount;
            if (wire.VertexCount != 0 && wire.VertexCount != v)
            {
                throw new WireFormatException(field + ".vertex_count",
                    wire.VertexCount + " but positions hold " + v + " vertices");
            }
            if (wire.TriangleCount != 0 && wire.TriangleCount != f)
            {
                throw new WireFormatException(field + ".triangle_count",
                    wire.TriangleCount + " but indices hold " + f + " triangles");
            }
            for (int i = 0; i < m.Indices.Length; i++)
            {
                if (m.Indices[i] >= v)
                {
                    throw new WireFormatException(field + ".indices",
                        "index " + m.Indices[i] + " at element " + i + " is not below the vertex count " + v);
                }
            }
            m.Colors = WireArrays.ReadUInt8(wire.Colors, 4, field + ".colors");
            CheckPerVertex(m.Colors.Length / 4, v, field + ".colors", "colours");
            m.Normals = WireArrays.ReadFloat32(wire.Normals, 3, field + ".normals");
            CheckPerVertex(m.Normals.Length / 3, v, field + ".normals", "normals");
            m.Uvs = WireArrays.ReadFloat32(wire.Uvs, 2, field + ".uvs");
            CheckPerVertex(m.Uvs.Length / 2, v, field + ".uvs", "UVs");
            m.TexturePng = WireArrays.Copy(wire.TexturePng);
            if (m.TexturePng.Length > 0 && !PngInfo.IsPng(m.TexturePng))
            {
                throw new WireFormatException(field + ".texture_png", "not a PNG file");
            }

            Frames.MirrorPointsInPlace(m.Positions);
            Frames.MirrorPointsInPlace(m.Normals);
            Frames.FlipWindingInPlace(m.Indices);
            return m;
        }

        /// <summary>Unity arrays -> wire (the inverse of FromWire, bit for bit).</summary>
        public static WireMesh ToWire(UnityMeshArrays m)
        {
            if (m == null)
            {
                throw new ArgumentNullException("m");
            }
            if (m.Positions.Length % 3 != 0 || m.Indices.Length % 3 != 0)
            {
                throw new WireFormatException("mesh", "positions and indices must be whole rows of 3");
            }
            var w = new WireMesh();
            w.VertexCount = (uint)m.VertexCount;
            w.TriangleCount = (uint)m.TriangleCount;
            w.Positions = WireArrays.WriteFloat32(Frames.MirrorPoints(m.Positions));
            w.Indices = WireArrays.WriteUInt32(Frames.FlipWinding(m.Indices), "mesh.indices");
            w.Colors = WireArrays.Copy(m.Colors);
            w.Normals = WireArrays.WriteFloat32(Frames.MirrorPoints(m.Normals));
            w.Uvs = WireArrays.WriteFloat32(m.Uvs);
            w.TexturePng = WireArrays.Copy(m.TexturePng);
            return w;
        }

        private static void CheckPerVertex(int rows, int vertices, string field, string what)
        {
            if (rows != 0 && rows != vertices)
            {
                throw new WireFormatException(field, rows + " " + what + " for " + vertices + " vertices");
            }
        }
    }

    /// <summary>The size of a PNG from its header (Unity decodes the pixels itself).</summary>
    public static class PngInfo
    {
        private static readonly byte[] Signature = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };

        public static bool IsPng(byte[] data)
        {
            if (data == null || data.Length < 24)
            {
                return false;
            }
            for (int i = 0; i < Signature.Length; i++)
            {
                if (data[i] != Signature[i])
                {
                    return false;
                }
            }
            return data[12] == (byte)'I' && data[13] == (byte)'H' && data[14] == (byte)'D' && data[15] == (byte)'R';
        }

        /// <summary>Width and height in pixels; false when the bytes are not a PNG.</summary>
        public static bool TryReadSize(byte[] data, out int width, out int height)
        {
            width = 0;
            height = 0;
            if (!IsPng(data))
            {
                return false;
            }
            width = (data[16] << 24) | (data[17] << 16) | (data[18] << 8) | data[19];
            height = (data[20] << 24) | (data[21] << 16) | (data[22] << 8) | data[23];
            return width > 0 && height > 0;
        }
    }
}
