// A job's events as the client sees them, without protobuf: the gRPC layer maps each
// sketch2real.v1.JobEvent to a JobEventInfo (ProtoMapping.cs) and the state machine
// (JobTracker.cs) only ever sees these.
namespace Sketch2Real.Core
{
    public enum JobEventKind
    {
        Unknown = 0,
        Queued,
        StageStarted,
        Progress,
        Preview,
        Completed,
        Failed,
        Cancelled,
    }

    /// <summary>gRPC status codes (the numbers of Grpc.Core.StatusCode, which the core does not reference).</summary>
    public enum GrpcCode
    {
        OK = 0,
        Cancelled = 1,
        Unknown = 2,
        InvalidArgument = 3,
        DeadlineExceeded = 4,
        NotFound = 5,
        AlreadyExists = 6,
        PermissionDenied = 7,
        ResourceExhausted = 8,
        FailedPrecondition = 9,
        Aborted = 10,
        OutOfRange = 11,
        Unimplemented = 12,
        Internal = 13,
        Unavailable = 14,
        DataLoss = 15,
        Unauthenticated = 16,
    }

    /// <summary>One job event. Fields not used by an event's kind keep their zero values.</summary>
    public sealed class JobEventInfo
    {
        public string JobId = "";
        public ulong Seq;
        public double Time;
        public JobEventKind Kind;
        /// <summary>Queued: jobs ahead, and why ("submitted", "requeued after a server restart").</summary>
        public uint QueuePosition;
        public string Reason = "";
        /// <summary>StageStarted / Progress / Preview / Cancelled: stage and step.</summary>
        public string Stage = "";
        public uint Step;
        public uint TotalSteps;
        public float Loss;
        public float EtaSeconds;
        /// <summary>Failed: sketch2real.v1.FailureCode number and the one-line message.</summary>
        public int FailureCode;
        public string Message = "";
        /// <summary>Preview / Completed: whether a mesh came with it (old previews replay without).</summary>
        public bool HasMesh;

        public bool IsTerminal
        {
            get
            {
                return Kind == JobEventKind.Completed || Kind == JobEventKind.Failed || Kind == JobEventKind.Cancelled;
            }
        }

        public override string ToString()
        {
            return "[" + Seq + "] " + Kind + (Stage.Length > 0 ? " " + Stage : "") +
                   (TotalSteps > 0 ? " " + Step + "/" + TotalSteps : "");
        }
    }
}
