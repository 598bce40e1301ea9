// Raw little-endian arrays as the sketch2real.v1 contract carries them in `bytes` fields:
// float32 for positions, radii, normals, UVs and quaternions; uint32 for triangle indices; uint8
// for RGBA colours. The element count follows from the byte length, which must be a whole number
// of rows. Pure C#: no UnityEngine, no gRPC, no protobuf.
using System;

namespace Sketch2Real.Core
{
    /// <summary>A wire array that cannot be read: names the field and what is wrong.</summary>
    public sealed class WireFormatException : Exception
    {
        public readonly string Field;

        public WireFormatException(string field, string problem)
            : base(field + ": " + problem)
        {
            Field = field;
        }
    }

    public static class WireArrays
    {
        /// <summary>Rows in <paramref name="bytes"/> of <paramref name="rowBytes"/> bytes each;
        /// throws when the length is not a whole number of rows.</summary>
        public static int Rows(byte[] bytes, int rowBytes, string field, string rowName)
        {
            int length = bytes == null ? 0 : bytes.Length;
            if (length % rowBytes != 0)
            {
                throw new WireFormatException(field, length + " bytes is not a whole number of " +
                                                     rowName + " (" + rowBytes + " bytes each)");
            }
            return length / rowBytes;
        }

        /// <summary>float32 rows of <paramref name="columns"/> values -> a flat float array
        /// (length rows * columns). Empty or null bytes give an empty array.</summary>
        public static float[] ReadFloat32(byte[] bytes, int columns, string field)
        {
            int rows = Rows(bytes, 4 * columns, field, columns == 1 ? "float32 values"
                                                                    : "float32 rows of " + columns);
            var values = new float[rows * columns];
            if (values.Length == 0)
            {
                return values;
            }
            if (BitConverter.IsLittleEndian)
            {
                Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
            }
            else
            {
                var tmp = new byte[4];
                for (int i = 0; i < values.Length; i++)
                {
                    tmp[0] = bytes[4 * i + 3];
                    tmp[1] = bytes[4 * i + 2];
                    tmp[2] = bytes[4 * i + 1];
                    tmp[3] = bytes[4 * i];
                    values[i] = BitConverter.ToSingle(tmp, 0);
                }
            }
            return values;
        }

        /// <summary>uint32 rows of <paramref name="columns"/> -> ints (Unity's index type); throws
        /// for a value above int.MaxValue.</summary>
        public static int[] ReadUInt32(byte[] bytes, int columns, string field)
        {
            int rows = Rows(bytes, 4 * columns, field, columns == 3 ? "uint32 index triples"
                                                                    : "uint32 rows of " + columns);
            var values = new int[rows * columns];
            for (int i = 0; i < values.Length; i++)
            {
                int o = 4 * i;
                uint u = (uint)(bytes[o] | (bytes[o + 1] << 8) | (bytes[o + 2] << 16) | (bytes[o + 3] << 24));
                if (u > int.MaxValue)
                {
                    throw new WireFormatException(field, "value " + u + " at element " + i +
                                                         " is larger than " + int.MaxValue);
                }
                values[i] = (int)u;
            }
            return values;
        }

        /// <summary>uint8 rows of <paramref name="columns"/> (RGBA: 4): checked and copied.</summary>
        public static byte[] ReadUInt8(byte[] bytes, int columns, string field)
        {
            Rows(bytes, columns, field, columns == 4 ? "uint8 RGBA colours" : "uint8 rows of " + columns);
            if (bytes == null)
            {
                return new byte[0];
            }
            var copy = new byte[bytes.Length];
            Buffer.BlockCopy(bytes, 0, copy, 0, bytes.Length);
            return copy;
        }

        /// <summary>floats -> little-endian float32 bytes (bit for bit: NaN payloads and -0.0 kept).</summary>
        public static byte[] WriteFloat32(float[] values)
        {
            if (values == null || values.Length == 0)
            {
                return new byte[0];
            }
            var bytes = new byte[values.Length * 4];
            Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
            if (!BitConverter.IsLittleEndian)
            {
                for (int i = 0; i < bytes.Length; i += 4)
                {
                    byte b0 = bytes[i], b1 = bytes[i + 1];
                    bytes[i] = bytes[i + 3];
                    bytes[i + 1] = bytes[i + 2];
                    bytes[i + 2] = b1;
                    bytes[i + 3] = b0;
                }
            }
            return bytes;
        }

        /// <summary>Non-negative ints -> little-endian uint32 bytes; throws for a negative value.</summary>
        public static byte[] WriteUInt32(int[] values, string field)
        {
            if (values == null || values.Length == 0)
            {
                return new byte[0];
            }
            var bytes = new byte[values.Length * 4];
            for (int i = 0; i < values.Length; i++)
            {
                int v = values[i];
                if (v < 0)
                {
                    throw new WireFormatException(field, "negative index " + v + " at element " + i);
                }
                int o = 4 * i;
                bytes[o] = (byte)v;
                bytes[o + 1] = (byte)(v >> 8);
                bytes[o + 2] = (byte)(v >> 16);
                bytes[o + 3] = (byte)(v >> 24);
            }
            return bytes;
        }

        /// <summary>A copy of the bytes (null -> empty).</summary>
        public static byte[] Copy(byte[] bytes)
        {
            if (bytes == null)
            {
                return new byte[0];
            }
            var copy = new byte[bytes.Length];
            Buffer.BlockCopy(bytes, 0, copy, 0, bytes.Length);
            return copy;
        }
    }
}
