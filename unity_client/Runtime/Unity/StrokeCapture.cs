// Draws strokes: while the input's pen is down, points (with radius and colour) are sampled
// every few millimetres, in the sketch root's local space, and the stroke is shown as a tube.
// The strokes are kept as data (StrokeRecord) for sending; the wire frame conversion happens in
// ProtoMapping/StrokeCodec (negate X). Results are placed under the same root, so they land
// exactly where the strokes were.
using System.Collections.Generic;
using Sketch2Real.Core;
using UnityEngine;

namespace Sketch2Real.Unity
{
    public sealed class StrokeCapture : MonoBehaviour
    {
        [Tooltip("Pen position, pressure and trigger.")]
        public StrokeInput input;
        [Tooltip("The sketch's frame: strokes are recorded in its local space and results appear under it. Default: this object.")]
        public Transform sketchRoot;
        [Tooltip("Material of the stroke tubes (a vertex-colour material, e.g. with the Sketch2Real/VertexColorLit shader).")]
        public Material strokeMaterial;
        [Tooltip("Brush radius at full pressure, metres.")]
        public float brushRadius = 0.004f;
        public Color32 brushColor = new Color32(230, 230, 230, 255);
        [Tooltip("Distance between recorded points, metres.")]
        public float pointSpacing = 0.004f;
        [Range(3, 16)] public int tubeSides = 8;
        [Tooltip("Record the brush orientation per point (sent as Stroke.orientations).")]
        public bool recordOrientation = true;

        private readonly List<StrokeRecord> strokes = new List<StrokeRecord>();
        private readonly List<GameObject> tubes = new List<GameObject>();
        private readonly StrokeSampler sampler = new StrokeSampler();
        private readonly TubeMesh tubeMesh = new TubeMesh();
        private StrokeRecord current;
        private Mesh currentMesh;
        private bool visible = true;

        /// <summary>Whether strokes can be drawn now (RefineSession turns it off while a job runs).</summary>
        public bool drawingEnabled = true;

        public Transform Root { get { return sketchRoot != null ? sketchRoot : transform; } }
        public IList<StrokeRecord> Strokes { get { return strokes; } }
        public int StrokeCount { get { return strokes.Count; } }

        private void Update()
        {
            StrokeSample s;
            if (input == null || !drawingEnabled || !input.TryGetSample(out s) || !s.Drawing)
            {
                EndStroke();
                return;
            }
            Vector3 p = Root.InverseTransformPoint(s.Position);
            if (current == null)
            {
                BeginStroke();
            }
            sampler.MinSpacing = pointSpacing;
            if (!sampler.ShouldAdd(current, p.x, p.y, p.z))
            {
                return;
            }
            float radius = brushRadius * Mathf.Clamp01(s.Pressure) / Mathf.Max(1e-6f, Root.lossyScale.x);
            if (recordOrientation)
            {
                Quaternion q = Quaternion.Inverse(Root.rotation) * s.Rotation;
                current.Add(p.x, p.y, p.z, radius, brushColor.r, brushColor.g, brushColor.b, brushColor.a,
                            q.x, q.y, q.z, q.w);
            }
            else
            {
                current.Add(p.x, p.y, p.z, radius, brushColor.r, brushColor.g, brushColor.b, brushColor.a);
            }
            TubeMesher.Build(current, tubeSides, tubeMesh);
            MeshBuilder.BuildTube(tubeMesh, currentMesh);
        }

        private void BeginStroke()
        {
            current = new StrokeRecord { Brush = "tube" };
            var go = new GameObject("Stroke " + (strokes.Count + 1));
            go.transform.SetParent(Root, false);
            currentMesh = new Mesh { name = go.name };
            currentMesh.MarkDynamic();
            go.AddComponent<MeshFilter>().sharedMesh = currentMesh;
            go.AddComponent<MeshRenderer>().sharedMaterial = strokeMaterial;
            go.SetActive(visible);
            strokes.Add(current);
            tubes.Add(go);
        }

        private void EndStroke()
        {
            if (current == null)
            {
                return;
            }
            if (current.Count < 2)
            {
                UndoLastStroke();  // a tap, not a stroke
            }
            current = null;
            currentMesh = null;
        }

        /// <summary>Remove the last stroke; false when there is none.</summary>
        public bool UndoLastStroke()
        {
            if (strokes.Count == 0)
            {
                return false;
            }
            int last = strokes.Count - 1;
            GameObject go = tubes[last];
            strokes.RemoveAt(last);
            tubes.RemoveAt(last);
            if (go != null)
            {
                MeshFilter mf = go.GetComponent<MeshFilter>();
                if (mf != null && mf.sharedMesh != null)
                {
                    Destroy(mf.sharedMesh);
                }
                Destroy(go);
            }
            current = null;
            return true;
        }

        public void Clear()
        {
            while (UndoLastStroke())
            {
            }
        }

        /// <summary>Show or hide the stroke tubes (hidden while a preview or the result stands in for them).</summary>
        public void SetVisible(bool show)
        {
            visible = show;
            foreach (GameObject go in tubes)
            {
                if (go != null)
                {
                    go.SetActive(show);
                }
            }
        }

        /// <summary>Copies of the strokes (the network thread encodes them while drawing goes on).</summary>
        public List<StrokeRecord> Snapshot()
        {
            var copy = new List<StrokeRecord>(strokes.Count);
            foreach (StrokeRecord s in strokes)
            {
                if (s == current || s.Count < 2)
                {
                    continue;
                }
                var c = new StrokeRecord { Brush = s.Brush };
                c.Points.AddRange(s.Points);
                c.Radii.AddRange(s.Radii);
                c.Colors.AddRange(s.Colors);
                c.Orientations.AddRange(s.Orientations);
                copy.Add(c);
            }
            return copy;
        }
    }
}
