// One refinement at a time, from the artist's point of view: send the strokes with a prompt,
// show where the job is, replace the strokes by previews as they stream in, swap in the result
// at the end (same place: everything lives under the sketch root), undo back to the sketch.
//
// Threads: gRPC calls and the decoding of meshes run on the thread pool; every event is handed
// to the main thread through a MainThreadQueue drained in Update (a bounded number per frame),
// where the JobTracker (pure C#) decides what it means. Nothing blocks the main thread.
//
// Connection: Submit (with a request id, so a retried Submit never makes a second job), then
// Watch(job_id, last seq). A dropped stream is retried with backoff from the last seq seen; when
// the headset sleeps (OnApplicationPause) the stream is disposed, and on waking the connection
// is rebuilt and Watch resumes. Cancel sends Cancel and keeps following until the server's
// Cancelled event; disposing the call only stops following.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Grpc.Core;
using Sketch2Real.Core;
using UnityEngine;
using Pb = global::Sketch2Real.V1;

namespace Sketch2Real.Unity
{
    public sealed class RefineSession : MonoBehaviour
    {
        [Header("Server")]
        public ConnectionSettings connection = new ConnectionSettings();
        [Tooltip("Optional: the PEM root certificate to pin for TLS (a .pem renamed .txt, or .bytes).")]
        public TextAsset rootCertificate;

        [Header("Sketch")]
        public StrokeCapture capture;
        [Tooltip("Shader for previews and results (Sketch2Real/VertexColorLit).")]
        public Shader meshShader;

        [Header("Request")]
        public string prompt = "a red flower";
        public Pb.Preset preset = Pb.Preset.Preview;
        public Pb.FitMode fitMode = Pb.FitMode.Surface;
        [Tooltip("0: the preset's.")]
        public uint steps;

        [Header("Main thread")]
        [Tooltip("Events handled per frame at most.")]
        public int eventsPerFrame = 8;

        /// <summary>Raised on the main thread when the status line changes.</summary>
        public event Action<string> StatusChanged;

        public JobTracker Tracker { get { return tracker; } }
        public string Status { get; private set; }
        /// <summary>The whole job, 0..1 (for a progress bar).</summary>
        public float Progress { get { return tracker == null ? 0f : tracker.OverallFraction; } }
        /// <summary>A job is being sent or followed (also while the headset sleeps).</summary>
        public bool Busy { get { return tracker != null && tracker.Phase != JobPhase.Idle && !tracker.IsFinished; } }
        public bool ShowingResult { get { return result != null; } }

        private readonly MainThreadQueue queue = new MainThreadQueue();
        private JobTracker tracker;
        private Sketch2RealConnection conn;
        private CancellationTokenSource streamCts;
        private int generation;
        private Pb.SubmitRequest pendingRequest;
        private GameObject preview;
        private Mesh previewMesh;
        private GameObject result;
        private Material previewMaterial;

        private void Awake()
        {
            queue.OnError = Debug.LogException;
            tracker = new JobTracker(connection.Address);
            SetStatus(tracker.StatusLine());
        }

        private void Update()
        {
            queue.Drain(Mathf.Max(1, eventsPerFrame));
        }

        private Sketch2RealConnection Connection
        {
            get
            {
                if (conn == null)
                {
                    if (rootCertificate != null && string.IsNullOrEmpty(connection.RootCertificatePem))
                    {
                        connection.RootCertificatePem = rootCertificate.text;
                    }
                    conn = new Sketch2RealConnection(connection);
                }
                return conn;
            }
        }

        // --- commands (main thread) ----------------------------------------------------------

        /// <summary>Send the strokes with the prompt and follow the job.</summary>
        public void Refine()
        {
            if (Busy)
            {
                SetStatus("A job is running: cancel it first.");
                return;
            }
            if (capture == null || capture.StrokeCount == 0)
            {
                SetStatus("Draw something first.");
                return;
            }
            if (string.IsNullOrEmpty(prompt) || prompt.Trim().Length == 0)
            {
                SetStatus("Say what the sketch is (the prompt).");
                return;
            }
            RemoveResult();
            tracker = new JobTracker(connection.Address);
            tracker.BeginSubmit();
            capture.drawingEnabled = false;
            List<StrokeRecord> strokes = capture.Snapshot();
            var options = new Pb.RefineOptions
            {
                Prompt = prompt.Trim(),
                Preset = preset,
                FitMode = fitMode,
                Steps = steps,
            };
            options.Formats.Add(Pb.Format.Glb);
            string requestId = Guid.NewGuid().ToString("N");
            int gen = ++generation;
            SetStatus(tracker.StatusLine());
            Task.Run(delegate
            {
                // Encoding (mirror to the wire frame, pack bytes) off the main thread.
                Pb.SubmitRequest request;
                try
                {
                    request = new Pb.SubmitRequest
                    {
                        Sketch = ProtoMapping.ToSketch(strokes),
                        Options = options,
                        Priority = Pb.Priority.Interactive,
                        RequestId = requestId,
                    };
                }
                catch (Exception ex)
                {
                    queue.Post(delegate { OnCallFailed(gen, GrpcCode.InvalidArgument, ex.Message, true); });
                    return;
                }
                queue.Post(delegate
                {
                    if (gen == generation)
                    {
                        pendingRequest = request;
                        StartSubmit(gen);
                    }
                });
            });
        }

        /// <summary>Stop the job on the server (it answers Cancelled within a second).</summary>
        public void Cancel()
        {
            if (tracker == null || tracker.IsFinished)
            {
                return;
            }
            tracker.RequestCancel();
            if (string.IsNullOrEmpty(tracker.JobId))
            {
                // Nothing on the server yet (or we do not know its id): stop here. A Submit
                // in flight may still make a job; its request id makes it findable with ListJobs.
                generation++;
                DisposeStream();
                EndJob();
                SetStatus(tracker.StatusLine());
                return;
            }
            string jobId = tracker.JobId;
            int gen = generation;
            SetStatus(tracker.StatusLine());
            Task.Run(async delegate
            {
                try
                {
                    await Connection.CancelAsync(jobId, CancellationToken.None);
                }
                catch (RpcException ex)
                {
                    queue.Post(delegate
                    {
                        if (gen == generation)
                        {
                            SetStatus("Cancel failed: " + ex.Status.Detail);
                        }
                    });
                }
            });
        }

        /// <summary>Undo: the result goes and the strokes come back; without a result, the last stroke goes.</summary>
        public void Undo()
        {
            if (result != null)
            {
                RemoveResult();
                capture.SetVisible(true);
                capture.drawingEnabled = true;
                SetStatus("Back to the sketch.");
                return;
            }
            if (!Busy && capture != null)
            {
                capture.UndoLastStroke();
            }
        }

        /// <summary>Keep the result and start a new sketch.</summary>
        public void AcceptAndStartOver()
        {
            if (result != null)
            {
                result.transform.SetParent(capture.Root.parent, true);
                result = null;
            }
            capture.Clear();
            capture.SetVisible(true);
            capture.drawingEnabled = true;
            SetStatus(new JobTracker(connection.Address).StatusLine());
        }

        // --- calls (thread pool) and their answers (main thread) -------------------------------

        private void StartSubmit(int gen)
        {
            Pb.SubmitRequest request = pendingRequest;
            Task.Run(async delegate
            {
                try
                {
                    Pb.SubmitResponse resp = await Connection.SubmitAsync(request, CancellationToken.None);
                    queue.Post(delegate { OnSubmitted(gen, resp); });
                }
                catch (RpcException ex)
                {
                    queue.Post(delegate { OnCallFailed(gen, (GrpcCode)(int)ex.StatusCode, ex.Status.Detail, true); });
                }
                catch (Exception ex)
                {
                    queue.Post(delegate { OnCallFailed(gen, GrpcCode.Unavailable, ex.Message, true); });
                }
            });
        }

        private void OnSubmitted(int gen, Pb.SubmitResponse resp)
        {
            if (gen != generation)
            {
                return;
            }
            tracker.Submitted(resp.JobId, resp.QueuePosition);
            if (tracker.CancelRequested)
            {
                Cancel();
            }
            SetStatus(tracker.StatusLine());
            StartWatch();
        }

        private void StartWatch()
        {
            DisposeStream();
            int gen = ++generation;
            string jobId = tracker.JobId;
            ulong after = tracker.LastSeq;
            var cts = new CancellationTokenSource();
            streamCts = cts;
            Sketch2RealConnection c = Connection;
            Task.Run(async delegate
            {
                try
                {
                    using (AsyncServerStreamingCall<Pb.JobEvent> call = c.Watch(jobId, after, cts.Token))
                    {
                        while (await call.ResponseStream.MoveNext(cts.Token))
                        {
                            UnityMeshArrays mesh;
                            JobEventInfo info = ProtoMapping.ToInfo(call.ResponseStream.Current, out mesh);
                            queue.Post(delegate { OnEvent(gen, info, mesh); });
                            if (info.IsTerminal)
                            {
                                return;
                            }
                        }
                    }
                    queue.Post(delegate { OnStreamEnded(gen); });
                }
                catch (RpcException ex)
                {
                    if (!cts.IsCancellationRequested)
                    {
                        queue.Post(delegate { OnCallFailed(gen, (GrpcCode)(int)ex.StatusCode, ex.Status.Detail, false); });
                    }
                }
                catch (OperationCanceledException)
                {
                    // We disposed it (sleep, cancel, a newer stream): nothing to report.
                }
                catch (Exception ex)
                {
                    if (!cts.IsCancellationRequested)
                    {
                        queue.Post(delegate { OnCallFailed(gen, GrpcCode.Unavailable, ex.Message, false); });
                    }
                }
            });
        }

        private void OnEvent(int gen, JobEventInfo info, UnityMeshArrays mesh)
        {
            if (gen != generation)
            {
                return;
            }
            ApplyResult r = tracker.Apply(info);
            if (r == ApplyResult.Gap)
            {
                StartWatch();  // fetch the missing events first
                return;
            }
            if (r != ApplyResult.Applied)
            {
                return;
            }
            switch (info.Kind)
            {
                case JobEventKind.Preview:
                    if (mesh != null)
                    {
                        ShowPreview(mesh);
                    }
                    break;
                case JobEventKind.Completed:
                    if (mesh != null)
                    {
                        ShowResult(mesh);
                    }
                    EndJob();
                    break;
                case JobEventKind.Failed:
                case JobEventKind.Cancelled:
                    RemovePreview();
                    capture.SetVisible(true);
                    EndJob();
                    break;
            }
            SetStatus(tracker.StatusLine());
        }

        private void OnStreamEnded(int gen)
        {
            if (gen != generation || tracker.IsFinished)
            {
                return;
            }
            Schedule(tracker.StreamEndedEarly(), false);
        }

        private void OnCallFailed(int gen, GrpcCode code, string detail, bool submitting)
        {
            if (gen != generation)
            {
                return;
            }
            ReconnectPlan plan = tracker.CallFailed(code, detail);
            Schedule(plan, submitting);
            if (tracker.IsFinished)
            {
                RemovePreview();
                capture.SetVisible(true);
                EndJob();
            }
        }

        private void Schedule(ReconnectPlan plan, bool submitting)
        {
            if (plan.Message.Length > 0)
            {
                SetStatus(tracker.StatusLine());
            }
            if (plan.Retry)
            {
                StartCoroutine(RetryAfter(plan.DelaySeconds, generation, submitting));
            }
        }

        private IEnumerator RetryAfter(double seconds, int gen, bool submitting)
        {
            yield return new WaitForSecondsRealtime((float)seconds);
            if (gen != generation || tracker.Paused)
            {
                yield break;
            }
            if (submitting && string.IsNullOrEmpty(tracker.JobId))
            {
                StartSubmit(gen);  // same request id: never a second job
            }
            else if (tracker.NeedsWatch)
            {
                StartWatch();
            }
        }

        // --- the headset sleeps and wakes ------------------------------------------------------

        private void OnApplicationPause(bool paused)
        {
            if (tracker == null)
            {
                return;
            }
            if (paused)
            {
                tracker.Pause();
                generation++;
                DisposeStream();
                return;
            }
            if (conn != null)
            {
                conn.Reconnect();  // the old TCP connection is most likely dead
            }
            if (tracker.Resume())
            {
                SetStatus("Reconnecting... " + tracker.StatusLine());
                StartWatch();
            }
            else if (tracker.Phase == JobPhase.Submitting && pendingRequest != null)
            {
                StartSubmit(++generation);
            }
        }

        private void OnDestroy()
        {
            generation++;
            DisposeStream();
            if (conn != null)
            {
                conn.Dispose();
                conn = null;
            }
            if (previewMaterial != null)
            {
                Destroy(previewMaterial);
            }
        }

        private void DisposeStream()
        {
            if (streamCts != null)
            {
                streamCts.Cancel();  // disposing the call's token cancels the HTTP/2 stream
                streamCts.Dispose();
                streamCts = null;
            }
        }

        private void EndJob()
        {
            DisposeStream();
            // While the result stands in for the sketch, new strokes would be hidden: drawing
            // resumes after Undo (back to the sketch) or AcceptAndStartOver.
            capture.drawingEnabled = result == null;
        }

        // --- what the artist sees --------------------------------------------------------------

        private Material NewMaterial(Texture2D texture)
        {
            Shader shader = meshShader != null ? meshShader : Shader.Find("Sketch2Real/VertexColorLit");
            if (shader == null)
            {
                Debug.LogError("sketch2real: assign RefineSession.meshShader (Sketch2Real/VertexColorLit)");
                shader = Shader.Find("Unlit/Texture");
            }
            var m = new Material(shader);
            if (texture != null)
            {
                m.mainTexture = texture;
                m.SetFloat("_VertexColorWeight", 0f);
            }
            return m;
        }

        private GameObject MakeChild(string name, Mesh mesh, Material material)
        {
            var go = new GameObject(name);
            // The sketch's frame: the arrays came back in it (mirrored to Unity by MeshCodec).
            go.transform.SetParent(capture.Root, false);
            go.AddComponent<MeshFilter>().sharedMesh = mesh;
            go.AddComponent<MeshRenderer>().sharedMaterial = material;
            return go;
        }

        private void ShowPreview(UnityMeshArrays arrays)
        {
            if (preview == null)
            {
                previewMesh = new Mesh { name = "sketch2real preview" };
                previewMesh.MarkDynamic();
                if (previewMaterial == null)
                {
                    previewMaterial = NewMaterial(null);
                }
                preview = MakeChild("Sketch2Real preview", previewMesh, previewMaterial);
            }
            MeshBuilder.Build(arrays, previewMesh);
            capture.SetVisible(false);
        }

        private void RemovePreview()
        {
            if (preview != null)
            {
                Destroy(preview);
                Destroy(previewMesh);
                preview = null;
                previewMesh = null;
            }
        }

        private void ShowResult(UnityMeshArrays arrays)
        {
            RemovePreview();
            RemoveResult();
            Mesh mesh = MeshBuilder.Build(arrays);
            mesh.name = "sketch2real result";
            Texture2D texture = MeshBuilder.BuildTexture(arrays.TexturePng);
            result = MakeChild("Sketch2Real result: " + prompt, mesh, NewMaterial(texture));
            capture.SetVisible(false);
        }

        private void RemoveResult()
        {
            if (result == null)
            {
                return;
            }
            MeshRenderer r = result.GetComponent<MeshRenderer>();
            if (r != null && r.sharedMaterial != null)
            {
                if (r.sharedMaterial.mainTexture != null)
                {
                    Destroy(r.sharedMaterial.mainTexture);
                }
                Destroy(r.sharedMaterial);
            }
            MeshFilter f = result.GetComponent<MeshFilter>();
            if (f != null && f.sharedMesh != null)
            {
                Destroy(f.sharedMesh);
            }
            Destroy(result);
            result = null;
        }

        private void SetStatus(string text)
        {
            if (text == Status)
            {
                return;
            }
            Status = text;
            Action<string> handler = StatusChanged;
            if (handler != null)
            {
                handler(text);
            }
        }
    }
}
