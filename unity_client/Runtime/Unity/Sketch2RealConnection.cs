// One connection to a sketch2real server: grpc-dotnet (Grpc.Net.Client) over Cysharp's
// YetAnotherHttpHandler, which brings HTTP/2 to Unity (Unity's own HttpClient cannot speak it).
//   - cleartext on a LAN ("http://192.168.1.20:50051"): Http2Only, since gRPC needs HTTP/2 and
//     without TLS there is no ALPN to negotiate it;
//   - TLS ("https://..."): the server's certificate is checked against a pinned root
//     certificate (PEM) when one is given, else against Mozilla's roots;
//   - the token goes in the metadata of every call: authorization: Bearer <token>;
//   - HTTP/2 keep-alive pings notice a dead connection (a headset that slept) within ~25 s.
// Nothing here touches UnityEngine, so the calls can run on any thread.
using System;
using System.Threading;
using System.Threading.Tasks;
using Cysharp.Net.Http;
using Grpc.Core;
using Grpc.Net.Client;
using Pb = global::Sketch2Real.V1;

namespace Sketch2Real.Unity
{
    [Serializable]
    public sealed class ConnectionSettings
    {
        /// <summary>"host:port", or a URL with http:// or https://.</summary>
        public string Address = "192.168.1.20:50051";
        /// <summary>Sent as "authorization: Bearer &lt;token&gt;"; empty: none (a loopback or --insecure server).</summary>
        public string Token = "";
        /// <summary>Use TLS (also implied by an https:// address).</summary>
        public bool UseTls;
        /// <summary>PEM root certificate to pin (the server's self-signed certificate or its CA); empty: Mozilla's roots.</summary>
        public string RootCertificatePem = "";
        /// <summary>Seconds for unary calls (Submit, Cancel, GetServerInfo).</summary>
        public float UnaryTimeoutSeconds = 20f;

        public Uri ToUri()
        {
            string a = (Address ?? "").Trim();
            if (a.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
                a.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                return new Uri(a);
            }
            return new Uri((UseTls || RootCertificatePem.Length > 0 ? "https://" : "http://") + a);
        }
    }

    public sealed class Sketch2RealConnection : IDisposable
    {
        /// <summary>Results are a few MB inline (gRPC's default limit is 4 MB); the server allows 64 MiB.</summary>
        public const int MaxMessageBytes = 64 * 1024 * 1024;

        private readonly ConnectionSettings settings;
        private readonly object gate = new object();
        private GrpcChannel channel;
        private Pb.Sketch2Real.Sketch2RealClient stub;

        public Sketch2RealConnection(ConnectionSettings settings)
        {
            this.settings = settings;
            Open();
        }

        public string Address { get { return settings.Address; } }

        private void Open()
        {
            Uri uri = settings.ToUri();
            var handler = new YetAnotherHttpHandler
            {
                Http2Only = true,
                Http2KeepAliveInterval = TimeSpan.FromSeconds(15),
                Http2KeepAliveTimeout = TimeSpan.FromSeconds(10),
                Http2KeepAliveWhileIdle = true,
            };
            if (!string.IsNullOrEmpty(settings.RootCertificatePem))
            {
                handler.RootCertificates = settings.RootCertificatePem;
            }
            var created = GrpcChannel.ForAddress(uri, new GrpcChannelOptions
            {
                HttpHandler = handler,
                DisposeHttpClient = true,
                MaxReceiveMessageSize = MaxMessageBytes,
                MaxSendMessageSize = MaxMessageBytes,
            });
            lock (gate)
            {
                channel = created;
                stub = new Pb.Sketch2Real.Sketch2RealClient(created);
            }
        }

        /// <summary>Drop the connection and make a new one (after the headset slept, the old TCP
        /// connection is usually dead without knowing it). Calls in flight on the old one fail.</summary>
        public void Reconnect()
        {
            GrpcChannel old;
            lock (gate)
            {
                old = channel;
            }
            Open();
            if (old != null)
            {
                old.Dispose();
            }
        }

        private Pb.Sketch2Real.Sketch2RealClient Stub
        {
            get
            {
                lock (gate)
                {
                    return stub;
                }
            }
        }

        private Metadata Headers()
        {
            var headers = new Metadata();
            if (!string.IsNullOrEmpty(settings.Token))
            {
                headers.Add("authorization", "Bearer " + settings.Token);
            }
            return headers;
        }

        private DateTime Deadline()
        {
            return DateTime.UtcNow.AddSeconds(settings.UnaryTimeoutSeconds);
        }

        public Task<Pb.SubmitResponse> SubmitAsync(Pb.SubmitRequest request, CancellationToken ct)
        {
            return Stub.SubmitAsync(request, Headers(), Deadline(), ct).ResponseAsync;
        }

        /// <summary>Events with seq > afterSeq, then live ones. Dispose the call to stop
        /// following (the job runs on: use CancelAsync to stop the job itself).</summary>
        public AsyncServerStreamingCall<Pb.JobEvent> Watch(string jobId, ulong afterSeq, CancellationToken ct)
        {
            return Stub.Watch(new Pb.WatchRequest { JobId = jobId, AfterSeq = afterSeq }, Headers(), null, ct);
        }

        public Task<Pb.CancelResponse> CancelAsync(string jobId, CancellationToken ct)
        {
            return Stub.CancelAsync(new Pb.CancelRequest { JobId = jobId }, Headers(), Deadline(), ct).ResponseAsync;
        }

        public Task<Pb.ServerInfo> GetServerInfoAsync(CancellationToken ct)
        {
            return Stub.GetServerInfoAsync(new Pb.GetServerInfoRequest(), Headers(), Deadline(), ct).ResponseAsync;
        }

        public void Dispose()
        {
            GrpcChannel old;
            lock (gate)
            {
                old = channel;
                channel = null;
            }
            if (old != null)
            {
                old.Dispose();
            }
        }
    }
}
