// The only place that converts between the generated protobuf messages (Sketch2Real.V1) and the
// core's plain types (wire arrays, JobEventInfo). Thread-safe (no Unity calls): decoding runs on
// network threads.
using System.Collections.Generic;
using Google.Protobuf;
using Sketch2Real.Core;
using Pb = global::Sketch2Real.V1;

namespace Sketch2Real.Unity
{
    public static class ProtoMapping
    {
        /// <summary>Captured strokes (Unity frame, sketch-root space) -> a Sketch message (wire frame).</summary>
        public static Pb.Sketch ToSketch(IList<StrokeRecord> strokes)
        {
            var sketch = new Pb.StrokeSketch();
            foreach (StrokeRecord s in strokes)
            {
                if (s.Count < 2)
                {
                    continue;  // a tap, not a stroke
                }
                WireStroke w = StrokeCodec.ToWire(s);
                var msg = new Pb.Stroke
                {
                    Points = ByteString.CopyFrom(w.Points),
                    Radii = ByteString.CopyFrom(w.Radii),
                    Colors = ByteString.CopyFrom(w.Colors),
                    Orientations = ByteString.CopyFrom(w.Orientations),
                    Brush = w.Brush,
                };
                sketch.Strokes.Add(msg);
            }
            return new Pb.Sketch { Strokes = sketch };
        }

        /// <summary>A mesh in Unity's frame -> a MeshSketch message (wire frame).</summary>
        public static Pb.Sketch ToMeshSketch(UnityMeshArrays mesh)
        {
            WireMesh w = MeshCodec.ToWire(mesh);
            return new Pb.Sketch
            {
                Mesh = new Pb.MeshSketch
                {
                    Positions = ByteString.CopyFrom(w.Positions),
                    Indices = ByteString.CopyFrom(w.Indices),
                    Colors = ByteString.CopyFrom(w.Colors),
                },
            };
        }

        public static WireMesh ToWire(Pb.Mesh m)
        {
            var w = new WireMesh();
            w.VertexCount = m.VertexCount;
            w.TriangleCount = m.TriangleCount;
            w.Positions = m.Positions.ToByteArray();
            w.Indices = m.Indices.ToByteArray();
            w.Colors = m.Colors.ToByteArray();
            w.Normals = m.Normals.ToByteArray();
            w.Uvs = m.Uvs.ToByteArray();
            w.TexturePng = m.TexturePng.ToByteArray();
            return w;
        }

        /// <summary>A JobEvent -> the core's event (and its mesh, decoded to Unity arrays, when it has one).</summary>
        public static JobEventInfo ToInfo(Pb.JobEvent e, out UnityMeshArrays mesh)
        {
            mesh = null;
            var info = new JobEventInfo { JobId = e.JobId, Seq = e.Seq, Time = e.Time };
            switch (e.EventCase)
            {
                case Pb.JobEvent.EventOneofCase.Queued:
                    info.Kind = JobEventKind.Queued;
                    info.QueuePosition = e.Queued.Position;
                    info.Reason = e.Queued.Reason;
                    break;
                case Pb.JobEvent.EventOneofCase.StageStarted:
                    info.Kind = JobEventKind.StageStarted;
                    info.Stage = e.StageStarted.Stage;
                    info.TotalSteps = e.StageStarted.TotalSteps;
                    break;
                case Pb.JobEvent.EventOneofCase.Progress:
                    info.Kind = JobEventKind.Progress;
                    info.Stage = e.Progress.Stage;
                    info.Step = e.Progress.Step;
                    info.TotalSteps = e.Progress.TotalSteps;
                    info.Loss = e.Progress.Loss;
                    info.EtaSeconds = e.Progress.EtaSeconds;
                    break;
                case Pb.JobEvent.EventOneofCase.Preview:
                    info.Kind = JobEventKind.Preview;
                    info.Stage = e.Preview.Stage;
                    info.Step = e.Preview.Step;
                    if (e.Preview.Mesh != null && e.Preview.Mesh.Positions.Length > 0)
                    {
                        info.HasMesh = true;
                        mesh = MeshCodec.FromWire(ToWire(e.Preview.Mesh), "preview.mesh");
                    }
                    break;
                case Pb.JobEvent.EventOneofCase.Completed:
                    info.Kind = JobEventKind.Completed;
                    if (e.Completed.Mesh != null && e.Completed.Mesh.Positions.Length > 0)
                    {
                        info.HasMesh = true;
                        mesh = MeshCodec.FromWire(ToWire(e.Completed.Mesh), "completed.mesh");
                    }
                    break;
                case Pb.JobEvent.EventOneofCase.Failed:
                    info.Kind = JobEventKind.Failed;
                    info.FailureCode = (int)e.Failed.Code;
                    info.Message = e.Failed.Message;
                    break;
                case Pb.JobEvent.EventOneofCase.Cancelled:
                    info.Kind = JobEventKind.Cancelled;
                    info.Stage = e.Cancelled.Stage;
                    info.Step = e.Cancelled.Step;
                    break;
                default:
                    info.Kind = JobEventKind.Unknown;  // a newer server's event: seq still counts
                    break;
            }
            return info;
        }
    }
}
