// API shapes of Grpc.Core.Api, Grpc.Net.Client, Google.Protobuf (ByteString) and
// YetAnotherHttpHandler as the package uses them (signatures as in Grpc.Net.Client 2.61,
// Google.Protobuf 3.2x, YetAnotherHttpHandler 1.x). Nothing here runs.
#pragma warning disable 0067, 0649, 0169, 0414
using System;
using System.Collections;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Google.Protobuf
{
    public sealed class ByteString
    {
        public int Length { get { return 0; } }
        public static ByteString CopyFrom(byte[] bytes) { return null; }
        public byte[] ToByteArray() { return new byte[0]; }
    }
}

namespace Google.Protobuf.Collections
{
    public sealed class RepeatedField<T> : IList<T>
    {
        private readonly List<T> items = new List<T>();
        public T this[int index] { get { return items[index]; } set { items[index] = value; } }
        public int Count { get { return items.Count; } }
        public bool IsReadOnly { get { return false; } }
        public void Add(T item) { items.Add(item); }
        public void Clear() { items.Clear(); }
        public bool Contains(T item) { return items.Contains(item); }
        public void CopyTo(T[] array, int arrayIndex) { items.CopyTo(array, arrayIndex); }
        public IEnumerator<T> GetEnumerator() { return items.GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return items.GetEnumerator(); }
        public int IndexOf(T item) { return items.IndexOf(item); }
        public void Insert(int index, T item) { items.Insert(index, item); }
        public bool Remove(T item) { return items.Remove(item); }
        public void RemoveAt(int index) { items.RemoveAt(index); }
    }
}

namespace Grpc.Core
{
    public enum StatusCode
    {
        OK = 0, Cancelled = 1, Unknown = 2, InvalidArgument = 3, DeadlineExceeded = 4, NotFound = 5,
        AlreadyExists = 6, PermissionDenied = 7, ResourceExhausted = 8, FailedPrecondition = 9,
        Aborted = 10, OutOfRange = 11, Unimplemented = 12, Internal = 13, Unavailable = 14,
        DataLoss = 15, Unauthenticated = 16,
    }

    public struct Status
    {
        public StatusCode StatusCode { get { return 0; } }
        public string Detail { get { return ""; } }
    }

    public class RpcException : Exception
    {
        public Status Status { get { return default(Status); } }
        public StatusCode StatusCode { get { return 0; } }
    }

    public sealed class Metadata : IEnumerable
    {
        public void Add(string key, string value) { }
        public IEnumerator GetEnumerator() { return null; }
    }

    public interface IAsyncStreamReader<out T>
    {
        T Current { get; }
        Task<bool> MoveNext(CancellationToken cancellationToken);
    }

    public sealed class AsyncServerStreamingCall<TResponse> : IDisposable
    {
        public IAsyncStreamReader<TResponse> ResponseStream { get { return null; } }
        public void Dispose() { }
    }

    public sealed class AsyncUnaryCall<TResponse> : IDisposable
    {
        public Task<TResponse> ResponseAsync { get { return null; } }
        public void Dispose() { }
    }

    public abstract class ChannelBase { }
}

namespace Grpc.Net.Client
{
    public sealed class GrpcChannelOptions
    {
        public HttpMessageHandler HttpHandler { get; set; }
        public bool DisposeHttpClient { get; set; }
        public int? MaxReceiveMessageSize { get; set; }
        public int? MaxSendMessageSize { get; set; }
    }

    public sealed class GrpcChannel : Grpc.Core.ChannelBase, IDisposable
    {
        public static GrpcChannel ForAddress(Uri address, GrpcChannelOptions channelOptions) { return null; }
        public void Dispose() { }
    }
}

namespace Cysharp.Net.Http
{
    public class YetAnotherHttpHandler : HttpMessageHandler
    {
        public bool? Http2Only { get; set; }
        public string RootCertificates { get; set; }
        public TimeSpan? Http2KeepAliveInterval { get; set; }
        public TimeSpan? Http2KeepAliveTimeout { get; set; }
        public bool? Http2KeepAliveWhileIdle { get; set; }
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) { return null; }
    }
}
