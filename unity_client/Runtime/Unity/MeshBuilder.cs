// UnityEngine.Mesh and Texture2D from the core's arrays (already in Unity's frame and winding:
// MeshCodec.FromWire did the mirror and the flip off the main thread). Main thread only.
using Sketch2Real.Core;
using UnityEngine;
using UnityEngine.Rendering;

namespace Sketch2Real.Unity
{
    public static class MeshBuilder
    {
        /// <summary>Fill <paramref name="mesh"/> (or a new one) from the arrays: 32-bit indices
        /// past 65,535 vertices, vertex colours, the server's normals (else recomputed), UVs.</summary>
        public static Mesh Build(UnityMeshArrays a, Mesh mesh = null)
        {
            if (mesh == null)
            {
                mesh = new Mesh { name = "sketch2real" };
            }
            mesh.Clear();
            int v = a.VertexCount;
            mesh.indexFormat = a.NeedsUInt32Indices ? IndexFormat.UInt32 : IndexFormat.UInt16;

            var positions = new Vector3[v];
            for (int i = 0; i < v; i++)
            {
                positions[i] = new Vector3(a.Positions[3 * i], a.Positions[3 * i + 1], a.Positions[3 * i + 2]);
            }
            mesh.vertices = positions;
            if (a.Colors.Length == 4 * v && v > 0)
            {
                var colors = new Color32[v];
                for (int i = 0; i < v; i++)
                {
                    colors[i] = new Color32(a.Colors[4 * i], a.Colors[4 * i + 1], a.Colors[4 * i + 2], a.Colors[4 * i + 3]);
                }
                mesh.colors32 = colors;
            }
            if (a.Uvs.Length == 2 * v && v > 0)
            {
                // The wire's UVs follow OpenGL's convention ((0,0) bottom-left), as Unity's do.
                var uvs = new Vector2[v];
                for (int i = 0; i < v; i++)
                {
                    uvs[i] = new Vector2(a.Uvs[2 * i], a.Uvs[2 * i + 1]);
                }
                mesh.uv = uvs;
            }
            mesh.SetIndices(a.Indices, MeshTopology.Triangles, 0, true);
            if (a.Normals.Length == 3 * v && v > 0)
            {
                var normals = new Vector3[v];
                for (int i = 0; i < v; i++)
                {
                    normals[i] = new Vector3(a.Normals[3 * i], a.Normals[3 * i + 1], a.Normals[3 * i + 2]);
                }
                mesh.normals = normals;
            }
            else
            {
                mesh.RecalculateNormals();
            }
            return mesh;
        }

        /// <summary>The tube being drawn (TubeMesher output) into a Mesh, reused stroke after stroke.</summary>
        public static void BuildTube(TubeMesh tube, Mesh mesh)
        {
            mesh.Clear();
            int v = tube.VertexCount;
            mesh.indexFormat = MeshLimits.NeedsUInt32Indices(v) ? IndexFormat.UInt32 : IndexFormat.UInt16;
            var positions = new Vector3[v];
            var normals = new Vector3[v];
            var colors = new Color32[v];
            for (int i = 0; i < v; i++)
            {
                positions[i] = new Vector3(tube.Positions[3 * i], tube.Positions[3 * i + 1], tube.Positions[3 * i + 2]);
                normals[i] = new Vector3(tube.Normals[3 * i], tube.Normals[3 * i + 1], tube.Normals[3 * i + 2]);
                colors[i] = new Color32(tube.Colors[4 * i], tube.Colors[4 * i + 1], tube.Colors[4 * i + 2], tube.Colors[4 * i + 3]);
            }
            mesh.vertices = positions;
            mesh.normals = normals;
            mesh.colors32 = colors;
            mesh.SetIndices(tube.Indices.ToArray(), MeshTopology.Triangles, 0, true);
        }

        /// <summary>The result's base-colour texture from its PNG bytes (null when there is none
        /// or Unity cannot decode it).</summary>
        public static Texture2D BuildTexture(byte[] png)
        {
            if (png == null || png.Length == 0)
            {
                return null;
            }
            var texture = new Texture2D(2, 2, TextureFormat.RGBA32, true) { name = "sketch2real texture" };
            if (!texture.LoadImage(png, true))
            {
                Object.Destroy(texture);
                return null;
            }
            texture.wrapMode = TextureWrapMode.Clamp;
            return texture;
        }
    }
}
