// sketch2real in the browser: draw 3D strokes (mouse, or controllers in WebXR), type a prompt,
// submit; previews replace the strokes as they stream in; the result (GLB) lands in place and can
// be downloaded. The job list shows the jobs of the signed-in identity.
import { create } from "@bufbuild/protobuf";
import { Code, describeError, isAbort, makeClient, token, ConnectError } from "./api";
import {
  Format,
  JobState,
  Method,
  Preset,
  Priority,
  SubmitRequestSchema,
  type Completed,
  type Job,
  type JobEvent,
} from "./gen/sketch2real/v1/sketch2real_pb";
import { SketchScene, type PlaneOrientation } from "./scene";
import { sketchProto } from "./strokes";
import { XRDrawing } from "./xr";

/** What the page shows, in one place; tests read it as ``window.sketch2real.state``. */
export interface PageState {
  ready: boolean;
  runner: string;
  authRequired: boolean;
  strokes: number;
  points: number;
  jobId: string;
  jobState: string;
  stage: string;
  step: number;
  totalSteps: number;
  previews: number;
  resultLoaded: boolean;
  resultTriangles: number;
  resultBytes: number;
  jobs: number;
  message: string;
  error: string;
  errorCode: string;
  xr: { vr: boolean; ar: boolean; presenting: boolean; mode: string; strokes: number };
}

const state: PageState = {
  ready: false, runner: "", authRequired: false, strokes: 0, points: 0, jobId: "", jobState: "",
  stage: "", step: 0, totalSteps: 0, previews: 0, resultLoaded: false, resultTriangles: 0,
  resultBytes: 0, jobs: 0, message: "", error: "", errorCode: "",
  xr: { vr: false, ar: false, presenting: false, mode: "", strokes: 0 },
};

const TERMINAL = new Set(["completed", "failed", "cancelled"]);
const JOBS_REFRESH_MS = 3000;

function $<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(t);
      resolve();
    });
  });
}

function requestId(): string {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

function lower(name: string | undefined): string {
  return (name ?? "").toLowerCase();
}

class App {
  readonly client = makeClient();
  readonly view = new SketchScene($<HTMLCanvasElement>("canvas"));
  readonly xr: XRDrawing;
  private following: AbortController | null = null;
  private resultUrl = "";
  private jobsBusy = false;

  constructor() {
    this.xr = new XRDrawing(this.view, { submit: () => void this.submit(), statusLine: () => this.statusLine() });
    this.xr.onChange = () => this.syncXR();
    this.view.onStrokesChanged = () => this.syncStrokes();
    this.view.onPlaneMoved = (p) => {
      $<HTMLInputElement>("plane-depth").value = String(p.depth);
    };
    this.bind();
    this.syncStrokes();
  }

  async start(): Promise<void> {
    await this.loadServerInfo();
    void this.refreshJobs();
    setInterval(() => {
      if (document.visibilityState === "visible" || this.xr.presenting) void this.refreshJobs();
    }, JOBS_REFRESH_MS);
    await this.xr.detect();
  }

  // --- UI wiring --------------------------------------------------------------------------

  private bind(): void {
    const tokenInput = $<HTMLInputElement>("token");
    tokenInput.value = token.get();
    $("token-form").addEventListener("submit", (e) => {
      e.preventDefault();
      token.set(tokenInput.value.trim());
      this.say("Token saved in this browser.");
      void this.loadServerInfo().then(() => this.refreshJobs());
    });
    const size = $<HTMLInputElement>("brush-size");
    const sizeOut = $<HTMLOutputElement>("brush-size-out");
    const setSize = () => {
      this.view.brush.radius = Number(size.value) / 1000;
      sizeOut.textContent = `${size.value} mm`;
    };
    size.addEventListener("input", setSize);
    setSize();
    const color = $<HTMLInputElement>("brush-color");
    color.addEventListener("input", () => {
      this.view.brush.color = color.value;
    });
    this.view.brush.color = color.value;
    const plane = $<HTMLSelectElement>("plane");
    const depth = $<HTMLInputElement>("plane-depth");
    const setPlane = () => this.view.setPlane(plane.value as PlaneOrientation, Number(depth.value));
    plane.addEventListener("change", setPlane);
    depth.addEventListener("input", setPlane);
    const mode = $<HTMLButtonElement>("mode");
    mode.addEventListener("click", () => {
      const next = this.view.mode === "draw" ? "orbit" : "draw";
      this.view.setMode(next);
      mode.textContent = next === "draw" ? "Orbit mode" : "Draw mode";
      mode.setAttribute("aria-pressed", String(next === "orbit"));
    });
    $("undo").addEventListener("click", () => this.view.undo());
    $("clear").addEventListener("click", () => this.view.clearStrokes());
    $("sketch-form").addEventListener("submit", (e) => {
      e.preventDefault();
      void this.submit();
    });
    $("cancel").addEventListener("click", () => void this.cancel(state.jobId));
    $("new-sketch").addEventListener("click", () => this.newSketch());
    $("enter-vr").addEventListener("click", () => this.enterXR("immersive-vr"));
    $("enter-ar").addEventListener("click", () => this.enterXR("immersive-ar"));
  }

  private say(text: string): void {
    state.message = text;
    state.error = "";
    state.errorCode = "";
    const el = $("message");
    el.textContent = text;
    el.className = "";
  }

  private fail(err: unknown, prefix = ""): void {
    const d = describeError(err);
    state.error = prefix + d.text;
    state.errorCode = d.code;
    state.message = state.error;
    const el = $("message");
    el.textContent = state.error;
    el.className = "error";
    if (d.auth) {
      state.authRequired = true;
      $("token-box").hidden = false;
      $("token").classList.add("attention");
    }
  }

  private syncStrokes(): void {
    state.strokes = this.view.strokes.length;
    state.points = this.view.pointCount;
    $("sketch-line").textContent =
      state.strokes === 0 ? "No strokes yet: draw on the plane." : `${state.strokes} strokes, ${state.points} points`;
    this.syncButtons();
  }

  private syncButtons(): void {
    const running = state.jobState === "queued" || state.jobState === "running";
    $<HTMLButtonElement>("submit").disabled = state.strokes === 0;
    $<HTMLButtonElement>("cancel").disabled = !running;
  }

  private syncXR(): void {
    state.xr = {
      vr: this.xr.supported["immersive-vr"], ar: this.xr.supported["immersive-ar"],
      presenting: this.xr.presenting, mode: this.xr.mode ?? "", strokes: this.xr.strokesDrawn,
    };
    $("enter-vr").hidden = !state.xr.vr || state.xr.presenting;
    $("enter-ar").hidden = !state.xr.ar || state.xr.presenting;
  }

  private statusLine(): string {
    if (!state.jobId || state.jobState === "") return `${state.strokes} strokes - squeeze to submit`;
    if (state.jobState === "running" && state.totalSteps > 0)
      return `${state.stage} ${Math.round((100 * state.step) / state.totalSteps)}%`;
    return state.jobState + (state.stage && state.jobState === "running" ? ` ${state.stage}` : "");
  }

  private async enterXR(mode: "immersive-vr" | "immersive-ar"): Promise<void> {
    try {
      await this.xr.enter(mode);
    } catch (err) {
      this.fail(new ConnectError(`cannot start ${mode}: ${(err as Error).message ?? err}`, Code.FailedPrecondition));
    }
  }

  // --- server -----------------------------------------------------------------------------

  private async loadServerInfo(): Promise<void> {
    try {
      const info = await this.client.getServerInfo({});
      state.ready = true;
      state.runner = info.runner;
      state.authRequired = info.authRequired;
      $("token-box").hidden = !info.authRequired;
      $("token").classList.remove("attention");
      $("server-line").textContent =
        `${info.runner === "standin" ? "stand-in runner" : info.model} on ${info.device}` +
        (info.tls ? " · TLS" : "") + (info.authRequired ? " · token" : "");
      fillSelect($<HTMLSelectElement>("preset"), info.presets.map((p) => [p.preset, p.name]), Preset.PREVIEW);
      fillSelect($<HTMLSelectElement>("method"), info.methods.map((m) => [m, lower(Method[m])]), Method.BRIDGE);
      if (state.error) this.say("Connected.");
    } catch (err) {
      $("server-line").textContent = "not connected";
      this.fail(err);
    }
  }

  async submit(): Promise<void> {
    const prompt = $<HTMLInputElement>("prompt").value.trim();
    if (this.view.strokes.length === 0) {
      this.say("Draw something first.");
      return;
    }
    if (!prompt) {
      this.say("Type what the sketch is (the prompt) first.");
      $("prompt").focus();
      return;
    }
    const request = create(SubmitRequestSchema, {
      sketch: sketchProto(this.view.strokes),
      options: {
        prompt,
        preset: Number($<HTMLSelectElement>("preset").value) || Preset.PREVIEW,
        method: Number($<HTMLSelectElement>("method").value) || Method.BRIDGE,
      },
      priority: Priority.INTERACTIVE,
      requestId: requestId(),
    });
    $<HTMLButtonElement>("submit").disabled = true;
    try {
      const reply = await this.client.submit(request);
      this.say(`Submitted; ${reply.queuePosition} job(s) ahead.`);
      void this.follow(reply.jobId);
      void this.refreshJobs();
    } catch (err) {
      this.fail(err, "Not submitted: ");
    } finally {
      this.syncButtons();
    }
  }

  private async cancel(jobId: string): Promise<void> {
    if (!jobId) return;
    try {
      await this.client.cancel({ jobId });
      this.say("Cancel requested.");
      void this.refreshJobs();
    } catch (err) {
      this.fail(err);
    }
  }

  private newSketch(): void {
    this.following?.abort();
    this.following = null;
    this.view.clearStrokes();
    this.view.showSketch();
    Object.assign(state, { jobId: "", jobState: "", stage: "", step: 0, totalSteps: 0, previews: 0, resultLoaded: false });
    this.setResultUrl(null);
    $("job-line").textContent = "No job yet.";
    $<HTMLProgressElement>("job-progress").value = 0;
    this.syncButtons();
  }

  /** Follow a job's events with Watch, resuming after the last seq seen when the stream drops. */
  async follow(jobId: string): Promise<void> {
    this.following?.abort();
    const ac = new AbortController();
    this.following = ac;
    Object.assign(state, { jobId, jobState: "queued", stage: "", step: 0, totalSteps: 0, previews: 0, resultLoaded: false, resultTriangles: 0 });
    this.setResultUrl(null);
    this.syncButtons();
    let lastSeq = 0n;
    let failures = 0;
    while (!ac.signal.aborted) {
      try {
        for await (const ev of this.client.watch({ jobId, afterSeq: lastSeq }, { signal: ac.signal })) {
          lastSeq = ev.seq;
          failures = 0;
          await this.onEvent(ev, ac.signal);
          if (TERMINAL.has(state.jobState)) return;
        }
      } catch (err) {
        if (ac.signal.aborted || isAbort(err)) return;
        const code = ConnectError.from(err).code;
        if (code !== Code.Unavailable && code !== Code.Unknown && code !== Code.Internal) {
          this.fail(err);
          return;
        }
        this.fail(err, "Reconnecting: ");
      }
      failures++;
      await sleep(Math.min(10_000, 500 * 2 ** failures), ac.signal);
    }
  }

  private async onEvent(ev: JobEvent, signal: AbortSignal): Promise<void> {
    const e = ev.event;
    const line = $("job-line");
    const bar = $<HTMLProgressElement>("job-progress");
    switch (e.case) {
      case "queued":
        Object.assign(state, { jobState: "queued", stage: "" });
        line.textContent = `Queued: ${e.value.position} job(s) ahead (${e.value.reason}).`;
        bar.removeAttribute("value");
        break;
      case "stageStarted":
        Object.assign(state, { jobState: "running", stage: e.value.stage, step: 0, totalSteps: e.value.totalSteps });
        line.textContent = `Running: ${e.value.stage}`;
        bar.value = 0;
        break;
      case "progress": {
        const p = e.value;
        Object.assign(state, { jobState: "running", stage: p.stage, step: p.step, totalSteps: p.totalSteps });
        line.textContent = `Running: ${p.stage} ${p.step}/${p.totalSteps}` + (p.etaSeconds > 0 ? `, about ${Math.ceil(p.etaSeconds)} s left` : "");
        bar.value = p.totalSteps ? p.step / p.totalSteps : 0;
        break;
      }
      case "preview":
        if (e.value.mesh && e.value.mesh.positions.byteLength > 0 && !state.resultLoaded) {
          this.view.showPreview(e.value.mesh);
          state.previews++;
        }
        break;
      case "completed":
        state.jobState = "completed";
        bar.value = 1;
        line.textContent = "Completed: loading the result…";
        await this.loadResult(ev.jobId, e.value, signal);
        break;
      case "failed":
        state.jobState = "failed";
        line.textContent = `Failed: ${e.value.message}`;
        this.fail(new ConnectError(e.value.message, Code.Aborted), "Job failed: ");
        break;
      case "cancelled":
        state.jobState = "cancelled";
        line.textContent = `Cancelled at ${e.value.stage} step ${e.value.step}.`;
        break;
    }
    this.syncButtons();
    void this.refreshJobsSoon();
  }

  private async loadResult(jobId: string, done: Completed, signal: AbortSignal): Promise<void> {
    const line = $("job-line");
    try {
      let triangles: number;
      if (done.formats.includes(Format.GLB)) {
        const glb = await this.download(jobId, signal);
        this.setResultUrl(new Blob([glb as BlobPart], { type: "model/gltf-binary" }), jobId);
        triangles = await this.view.showResultGlb(glb.buffer.slice(glb.byteOffset, glb.byteOffset + glb.byteLength) as ArrayBuffer);
        state.resultBytes = glb.byteLength;
      } else if (done.mesh) {
        triangles = await this.view.showResultMesh(done.mesh);
      } else {
        throw new Error("the job has neither a GLB nor an inline mesh");
      }
      state.resultTriangles = triangles;
      state.resultLoaded = true;
      line.textContent = `Completed: ${triangles} triangles` + (done.stats ? ` in ${done.stats.runSeconds.toFixed(1)} s` : "") + ".";
      this.say("The result is in place.");
    } catch (err) {
      if (signal.aborted) return;
      this.fail(err instanceof ConnectError ? err : new ConnectError(String((err as Error).message ?? err), Code.Internal), "Result not loaded: ");
    }
  }

  /** DownloadResult's chunks, joined and checked against the size and SHA-256 they carry. */
  private async download(jobId: string, signal: AbortSignal): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    let total = 0, sha = "";
    for await (const c of this.client.downloadResult({ jobId, format: Format.GLB }, { signal })) {
      parts.push(c.data);
      total = Number(c.totalBytes);
      sha = c.sha256;
    }
    const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.byteLength;
    }
    if (out.byteLength !== total) throw new ConnectError(`download: ${out.byteLength} of ${total} bytes`, Code.DataLoss);
    if (crypto.subtle && sha) {
      const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", out));
      const hex = Array.from(digest, (x) => x.toString(16).padStart(2, "0")).join("");
      if (hex !== sha) throw new ConnectError("download: SHA-256 mismatch", Code.DataLoss);
    }
    return out;
  }

  private setResultUrl(blob: Blob | null, jobId = ""): void {
    const a = $<HTMLAnchorElement>("download");
    if (this.resultUrl) URL.revokeObjectURL(this.resultUrl);
    this.resultUrl = blob ? URL.createObjectURL(blob) : "";
    a.hidden = !blob;
    if (blob) {
      a.href = this.resultUrl;
      a.download = `sketch2real-${jobId.slice(0, 8)}.glb`;
    } else {
      a.removeAttribute("href");
    }
  }

  // --- job list ---------------------------------------------------------------------------

  private lastListed = 0;

  private refreshJobsSoon(): Promise<void> {
    // Events come several times a second: the list follows at most once a second.
    if (Date.now() - this.lastListed < 1000 && !TERMINAL.has(state.jobState)) return Promise.resolve();
    return this.refreshJobs();
  }

  async refreshJobs(): Promise<void> {
    if (this.jobsBusy) return;
    this.jobsBusy = true;
    this.lastListed = Date.now();
    try {
      const reply = await this.client.listJobs({ pageSize: 20 });
      this.renderJobs(reply.jobs);
      state.jobs = reply.jobs.length;
    } catch (err) {
      if (!state.error) this.fail(err);
    } finally {
      this.jobsBusy = false;
    }
  }

  private renderJobs(jobs: Job[]): void {
    const body = $("jobs").querySelector("tbody") as HTMLTableSectionElement;
    body.replaceChildren(
      ...jobs.map((job) => {
        const tr = document.createElement("tr");
        tr.dataset.jobId = job.jobId;
        if (job.jobId === state.jobId) tr.className = "current";
        const name = lower(JobState[job.state]);
        let progress = name;
        if (job.state === JobState.RUNNING && job.totalSteps > 0) progress = `${job.stage} ${Math.round((100 * job.step) / job.totalSteps)}%`;
        else if (job.state === JobState.QUEUED) progress = `queued #${job.queuePosition}`;
        else if (job.state === JobState.FAILED && job.failure) progress = `failed: ${job.failure.message}`;
        const cells = [job.jobId.slice(0, 8), job.options?.prompt ?? "", progress];
        for (const text of cells) {
          const td = document.createElement("td");
          td.textContent = text;
          td.title = text;
          tr.append(td);
        }
        const actions = document.createElement("td");
        const show = document.createElement("button");
        show.textContent = "Show";
        show.addEventListener("click", () => void this.follow(job.jobId));
        actions.append(show);
        if (job.state === JobState.QUEUED || job.state === JobState.RUNNING) {
          const cancel = document.createElement("button");
          cancel.textContent = "Cancel";
          cancel.addEventListener("click", () => void this.cancel(job.jobId));
          actions.append(cancel);
        }
        tr.append(actions);
        return tr;
      }),
    );
  }
}

function fillSelect(select: HTMLSelectElement, options: Array<[number, string]>, preferred: number): void {
  const keep = select.value;
  select.replaceChildren(
    ...options.map(([value, label]) => {
      const o = document.createElement("option");
      o.value = String(value);
      o.textContent = label;
      return o;
    }),
  );
  const values = options.map(([v]) => String(v));
  select.value = values.includes(keep) ? keep : values.includes(String(preferred)) ? String(preferred) : values[0] ?? "";
}

const app = new App();
(window as unknown as { sketch2real: unknown }).sketch2real = { state, app };
void app.start();
