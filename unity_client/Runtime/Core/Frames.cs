// Unity's frame <-> the wire frame. The wire (and every file) is metres, right-handed, +Y up
// (glTF). Unity is metres, left-handed, +Y up. The change of frame is the mirror x -> -x, applied
// the same way in both directions (it is its own inverse):
//   points, normals, directions: (x, y, z) -> (-x, y, z)
//   triangles: (a, b, c) -> (a, c, b)   the mirror turns counter-clockwise into clockwise, and
//              Unity's front faces are the clockwise ones, so the flip keeps the outside outside
//   rotations (quaternions x, y, z, w): (x, y, z, w) -> (x, -y, -z, w)   M R M with M the mirror
//   UVs, colours, radii: unchanged
// Negation only flips the sign bit, so a round trip is bit-exact (0.0 <-> -0.0 included).
namespace Sketch2Real.Core
{
    public static class Frames
    {
        /// <summary>Negate every X of flat xyz rows, in place.</summary>
        public static void MirrorPointsInPlace(float[] xyz)
        {
            for (int i = 0; i < xyz.Length; i += 3)
            {
                xyz[i] = -xyz[i];
            }
        }

        /// <summary>A mirrored copy of flat xyz rows (Unity <-> wire).</summary>
        public static float[] MirrorPoints(float[] xyz)
        {
            var copy = (float[])xyz.Clone();
            MirrorPointsInPlace(copy);
            return copy;
        }

        /// <summary>Swap the 2nd and 3rd index of every triangle, in place.</summary>
        public static void FlipWindingInPlace(int[] triangles)
        {
            for (int i = 0; i + 2 < triangles.Length; i += 3)
            {
                int b = triangles[i + 1];
                triangles[i + 1] = triangles[i + 2];
                triangles[i + 2] = b;
            }
        }

        public static int[] FlipWinding(int[] triangles)
        {
            var copy = (int[])triangles.Clone();
            FlipWindingInPlace(copy);
            return copy;
        }

        /// <summary>Mirror flat xyzw quaternions in place: y and z change sign.</summary>
        public static void MirrorQuaternionsInPlace(float[] xyzw)
        {
            for (int i = 0; i + 3 < xyzw.Length; i += 4)
            {
                xyzw[i + 1] = -xyzw[i + 1];
                xyzw[i + 2] = -xyzw[i + 2];
            }
        }

        public static float[] MirrorQuaternions(float[] xyzw)
        {
            var copy = (float[])xyzw.Clone();
            MirrorQuaternionsInPlace(copy);
            return copy;
        }
    }
}
