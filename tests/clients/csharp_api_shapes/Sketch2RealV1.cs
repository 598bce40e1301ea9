// The shapes of the generated Sketch2Real.V1 types the package uses. The generated code itself
// needs the real Google.Protobuf; test_csharp_unity_layer.py checks every member declared here
// against unity_client/Runtime/Generated (same name, same type), so this cannot drift from it.
#pragma warning disable 0067, 0649, 0169, 0414
using System;
using System.Threading;
using pb = global::Google.Protobuf;
using pbc = global::Google.Protobuf.Collections;
using grpc = global::Grpc.Core;

namespace Sketch2Real.V1
{
    public enum Preset { Unspecified = 0, Preview = 1, Standard = 2, High = 3 }
    public enum FitMode { Unspecified = 0, Surface = 1, Tube = 2 }
    public enum Format { Unspecified = 0, Glb = 1, Obj = 2, Ply = 3 }
    public enum Priority { Unspecified = 0, Interactive = 1, Batch = 2 }
    public enum FailureCode { Unspecified = 0, InvalidInput = 1, Resource = 2, Internal = 3 }

    public sealed partial class Stroke
    {
        public pb::ByteString Points { get; set; }
        public pb::ByteString Radii { get; set; }
        public pb::ByteString Colors { get; set; }
        public pb::ByteString Orientations { get; set; }
        public string Brush { get; set; }
    }

    public sealed partial class StrokeSketch
    {
        public pbc::RepeatedField<global::Sketch2Real.V1.Stroke> Strokes { get { return null; } }
    }

    public sealed partial class MeshSketch
    {
        public pb::ByteString Positions { get; set; }
        public pb::ByteString Indices { get; set; }
        public pb::ByteString Colors { get; set; }
    }

    public sealed partial class Sketch
    {
        public global::Sketch2Real.V1.StrokeSketch Strokes { get; set; }
        public global::Sketch2Real.V1.MeshSketch Mesh { get; set; }
    }

    public sealed partial class RefineOptions
    {
        public string Prompt { get; set; }
        public global::Sketch2Real.V1.Preset Preset { get; set; }
        public uint Steps { get; set; }
        public global::Sketch2Real.V1.FitMode FitMode { get; set; }
        public pbc::RepeatedField<global::Sketch2Real.V1.Format> Formats { get { return null; } }
    }

    public sealed partial class SubmitRequest
    {
        public global::Sketch2Real.V1.Sketch Sketch { get; set; }
        public global::Sketch2Real.V1.RefineOptions Options { get; set; }
        public global::Sketch2Real.V1.Priority Priority { get; set; }
        public string RequestId { get; set; }
    }

    public sealed partial class SubmitResponse
    {
        public string JobId { get; set; }
        public uint QueuePosition { get; set; }
    }

    public sealed partial class Mesh
    {
        public uint VertexCount { get; set; }
        public uint TriangleCount { get; set; }
        public pb::ByteString Positions { get; set; }
        public pb::ByteString Indices { get; set; }
        public pb::ByteString Colors { get; set; }
        public pb::ByteString Normals { get; set; }
        public pb::ByteString Uvs { get; set; }
        public pb::ByteString TexturePng { get; set; }
    }

    public sealed partial class Queued
    {
        public uint Position { get; set; }
        public string Reason { get; set; }
    }

    public sealed partial class StageStarted
    {
        public string Stage { get; set; }
        public uint TotalSteps { get; set; }
    }

    public sealed partial class Progress
    {
        public string Stage { get; set; }
        public uint Step { get; set; }
        public uint TotalSteps { get; set; }
        public float Loss { get; set; }
        public float EtaSeconds { get; set; }
    }

    public sealed partial class Preview
    {
        public string Stage { get; set; }
        public uint Step { get; set; }
        public global::Sketch2Real.V1.Mesh Mesh { get; set; }
    }

    public sealed partial class Completed
    {
        public global::Sketch2Real.V1.Mesh Mesh { get; set; }
    }

    public sealed partial class Failed
    {
        public global::Sketch2Real.V1.FailureCode Code { get; set; }
        public string Message { get; set; }
    }

    public sealed partial class Cancelled
    {
        public string Stage { get; set; }
        public uint Step { get; set; }
    }

    public sealed partial class JobEvent
    {
        public string JobId { get; set; }
        public ulong Seq { get; set; }
        public double Time { get; set; }
        public global::Sketch2Real.V1.Queued Queued { get; set; }
        public global::Sketch2Real.V1.StageStarted StageStarted { get; set; }
        public global::Sketch2Real.V1.Progress Progress { get; set; }
        public global::Sketch2Real.V1.Preview Preview { get; set; }
        public global::Sketch2Real.V1.Completed Completed { get; set; }
        public global::Sketch2Real.V1.Failed Failed { get; set; }
        public global::Sketch2Real.V1.Cancelled Cancelled { get; set; }
        public EventOneofCase EventCase { get { return 0; } }

        public enum EventOneofCase { None = 0, Queued = 10, StageStarted = 11, Progress = 12, Preview = 13, Completed = 14, Failed = 15, Cancelled = 16 }
    }

    public sealed partial class WatchRequest
    {
        public string JobId { get; set; }
        public ulong AfterSeq { get; set; }
    }

    public sealed partial class CancelRequest
    {
        public string JobId { get; set; }
    }

    public sealed partial class CancelResponse { }

    public sealed partial class GetServerInfoRequest { }

    public sealed partial class ServerInfo { }

    public static partial class Sketch2Real
    {
        public partial class Sketch2RealClient
        {
            public Sketch2RealClient(grpc::ChannelBase channel) { }
            public virtual grpc::AsyncUnaryCall<global::Sketch2Real.V1.SubmitResponse> SubmitAsync(global::Sketch2Real.V1.SubmitRequest request, grpc::Metadata headers = null, global::System.DateTime? deadline = null, global::System.Threading.CancellationToken cancellationToken = default(global::System.Threading.CancellationToken)) { return null; }
            public virtual grpc::AsyncServerStreamingCall<global::Sketch2Real.V1.JobEvent> Watch(global::Sketch2Real.V1.WatchRequest request, grpc::Metadata headers = null, global::System.DateTime? deadline = null, global::System.Threading.CancellationToken cancellationToken = default(global::System.Threading.CancellationToken)) { return null; }
            public virtual grpc::AsyncUnaryCall<global::Sketch2Real.V1.CancelResponse> CancelAsync(global::Sketch2Real.V1.CancelRequest request, grpc::Metadata headers = null, global::System.DateTime? deadline = null, global::System.Threading.CancellationToken cancellationToken = default(global::System.Threading.CancellationToken)) { return null; }
            public virtual grpc::AsyncUnaryCall<global::Sketch2Real.V1.ServerInfo> GetServerInfoAsync(global::Sketch2Real.V1.GetServerInfoRequest request, grpc::Metadata headers = null, global::System.DateTime? deadline = null, global::System.Threading.CancellationToken cancellationToken = default(global::System.Threading.CancellationToken)) { return null; }
        }
    }
}
