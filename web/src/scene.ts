// The 3D view: an orbit camera, a drawing plane the user can move, strokes drawn with the mouse
// (or the XR controllers, xr.ts), then the previews and the result of the job in the same place.
// The world frame is the sketch frame: metres, right-handed, +Y up, the floor at y = 0.
import * as THREE from "three";
import { OrbitControls } from "three/addons/controls/OrbitControls.js";
import { GLTFLoader } from "three/addons/loaders/GLTFLoader.js";
import type { Mesh as WireMesh } from "./gen/sketch2real/v1/sketch2real_pb";
import { Stroke } from "./strokes";
import { float32, uint32 } from "./wire";

export type PlaneOrientation = "front" | "side" | "floor" | "view";
const NORMALS: Record<Exclude<PlaneOrientation, "view">, THREE.Vector3> = {
  front: new THREE.Vector3(0, 0, 1),
  side: new THREE.Vector3(1, 0, 0),
  floor: new THREE.Vector3(0, 1, 0),
};
const PLANE_BASE = new THREE.Vector3(0, 1, 0);
const PLANE_REACH = 1.5; // metres from the plane's centre where drawing is allowed
const BACKGROUND = new THREE.Color(0x1d2129);
const CAMERA_HOME = new THREE.Vector3(0, 1.35, 2.1);

export type Showing = "sketch" | "preview" | "result";

export class SketchScene {
  readonly renderer: THREE.WebGLRenderer;
  readonly scene = new THREE.Scene();
  readonly camera: THREE.PerspectiveCamera;
  readonly controls: OrbitControls;
  /** Strokes, previews and results hang here, in the sketch frame. */
  readonly sketchRoot = new THREE.Group();
  readonly strokes: Stroke[] = [];
  brush = { radius: 0.008, color: "#e0533d" };
  mode: "draw" | "orbit" = "draw";
  showing: Showing = "sketch";
  frames = 0;
  /** Called on every animation frame (XR input, ...), before rendering. */
  readonly onFrame: Array<(time: number, frame?: XRFrame) => void> = [];
  /** Called when the strokes change (count, undo, clear). */
  onStrokesChanged: () => void = () => {};

  private readonly strokeGroup = new THREE.Group();
  private readonly previewGroup = new THREE.Group();
  private readonly resultGroup = new THREE.Group();
  private readonly planeGroup = new THREE.Group();
  private readonly floor: THREE.GridHelper;
  private readonly cursor: THREE.Mesh;
  private readonly plane = new THREE.Plane(new THREE.Vector3(0, 0, 1), 0);
  private planeOrientation: PlaneOrientation = "front";
  private planeDepth = 0;
  private planeNormal = new THREE.Vector3(0, 0, 1);
  private current: Stroke | null = null;
  private dirty = true;
  private temporaryOrbit = false;
  private cameraMoved = false;
  private readonly raycaster = new THREE.Raycaster();

  constructor(private readonly canvas: HTMLCanvasElement) {
    this.renderer = new THREE.WebGLRenderer({ canvas, antialias: true, alpha: true });
    this.renderer.setPixelRatio(Math.min(window.devicePixelRatio || 1, 2));
    this.renderer.xr.enabled = true;
    this.renderer.xr.setReferenceSpaceType("local-floor");
    this.scene.background = BACKGROUND;

    this.camera = new THREE.PerspectiveCamera(50, 1, 0.01, 100);
    this.camera.position.copy(CAMERA_HOME);
    this.controls = new OrbitControls(this.camera, canvas);
    this.controls.target.set(0, 1, 0);
    this.controls.update();
    this.controls.addEventListener("change", () => this.requestRender());
    this.controls.addEventListener("start", () => {
      this.cameraMoved = true;
    });
    this.applyMode();

    const hemi = new THREE.HemisphereLight(0xffffff, 0x445066, 1.6);
    const sun = new THREE.DirectionalLight(0xffffff, 1.8);
    sun.position.set(1.5, 3, 2);
    this.scene.add(hemi, sun);

    this.floor = new THREE.GridHelper(4, 16, 0x59606e, 0x353b47);
    this.scene.add(this.floor);

    const sheet = new THREE.Mesh(
      new THREE.PlaneGeometry(1.6, 1.6),
      new THREE.MeshBasicMaterial({ color: 0x4d8dff, transparent: true, opacity: 0.08, side: THREE.DoubleSide, depthWrite: false }),
    );
    sheet.rotation.x = -Math.PI / 2; // PlaneGeometry faces +Z; the plane group's local +Y is the normal
    const grid = new THREE.GridHelper(1.6, 16, 0x4d8dff, 0x3a5f9e);
    (grid.material as THREE.Material).transparent = true;
    (grid.material as THREE.Material).opacity = 0.45;
    this.planeGroup.add(sheet, grid);
    this.scene.add(this.planeGroup);

    this.cursor = new THREE.Mesh(
      new THREE.RingGeometry(0.8, 1, 24),
      new THREE.MeshBasicMaterial({ color: 0xffffff, transparent: true, opacity: 0.8, side: THREE.DoubleSide, depthTest: false }),
    );
    this.cursor.visible = false;
    this.scene.add(this.cursor);

    this.sketchRoot.add(this.strokeGroup, this.previewGroup, this.resultGroup);
    this.scene.add(this.sketchRoot);
    this.setPlane("front", 0);

    canvas.addEventListener("pointerdown", (e) => this.pointerDown(e));
    canvas.addEventListener("pointermove", (e) => this.pointerMove(e));
    canvas.addEventListener("pointerup", (e) => this.pointerUp(e));
    canvas.addEventListener("pointercancel", (e) => this.pointerUp(e));
    canvas.addEventListener("pointerleave", () => {
      this.cursor.visible = false;
      this.requestRender();
    });
    canvas.addEventListener("contextmenu", (e) => e.preventDefault());
    canvas.addEventListener("wheel", (e) => this.wheel(e), { passive: false });
    window.addEventListener("keydown", (e) => this.key(e, true));
    window.addEventListener("keyup", (e) => this.key(e, false));

    new ResizeObserver(() => this.resize()).observe(canvas.parentElement ?? canvas);
    this.resize();
    this.renderer.setAnimationLoop((time, frame) => this.loop(time, frame));
  }

  // --- rendering --------------------------------------------------------------------------

  requestRender(): void {
    this.dirty = true;
  }

  private loop(time: number, frame?: XRFrame): void {
    for (const f of this.onFrame) f(time, frame);
    if (!this.dirty && !this.renderer.xr.isPresenting) return;
    this.dirty = false;
    this.renderer.render(this.scene, this.camera);
    this.frames++;
  }

  private resize(): void {
    const parent = this.canvas.parentElement;
    const w = Math.max(1, parent ? parent.clientWidth : this.canvas.clientWidth);
    const h = Math.max(1, parent ? parent.clientHeight : this.canvas.clientHeight);
    if (this.renderer.xr.isPresenting) return;
    this.renderer.setSize(w, h, false);
    this.camera.aspect = w / h;
    this.camera.updateProjectionMatrix();
    if (!this.cameraMoved) {
      // Until the user moves it, the camera frames the drawing plane, portrait screens too.
      const back = CAMERA_HOME.clone().sub(this.controls.target).multiplyScalar(Math.max(1, 1 / this.camera.aspect));
      this.camera.position.copy(this.controls.target).add(back);
      this.controls.update();
    }
    this.requestRender();
  }

  /** Desktop helpers (plane, floor grid, cursor) are hidden in XR; in AR so is the background. */
  setImmersive(mode: "none" | "vr" | "ar"): void {
    this.planeGroup.visible = mode === "none" && this.showing === "sketch";
    this.floor.visible = mode !== "ar";
    this.cursor.visible = false;
    this.scene.background = mode === "ar" ? null : BACKGROUND;
    this.requestRender();
  }

  // --- drawing plane ----------------------------------------------------------------------

  setPlane(orientation: PlaneOrientation, depth: number): void {
    this.planeOrientation = orientation;
    this.planeDepth = depth;
    if (orientation === "view") {
      this.planeNormal = this.camera.position.clone().sub(this.controls.target).normalize();
    } else {
      this.planeNormal = NORMALS[orientation].clone();
    }
    const centre = PLANE_BASE.clone().addScaledVector(this.planeNormal, depth);
    this.plane.setFromNormalAndCoplanarPoint(this.planeNormal, centre);
    this.planeGroup.position.copy(centre);
    this.planeGroup.quaternion.setFromUnitVectors(new THREE.Vector3(0, 1, 0), this.planeNormal);
    this.requestRender();
  }

  get planeState(): { orientation: PlaneOrientation; depth: number } {
    return { orientation: this.planeOrientation, depth: this.planeDepth };
  }

  // --- strokes ----------------------------------------------------------------------------

  beginStroke(p: THREE.Vector3, radius = this.brush.radius, color = this.brush.color): Stroke {
    this.endStroke();
    if (this.showing !== "sketch") this.showSketch();
    const s = new Stroke(radius, color);
    s.add(p);
    this.strokes.push(s);
    this.strokeGroup.add(s.mesh);
    this.current = s;
    this.requestRender();
    return s;
  }

  extendStroke(p: THREE.Vector3): void {
    if (this.current && this.current.add(p)) this.requestRender();
  }

  endStroke(): void {
    if (!this.current) return;
    this.current = null;
    this.onStrokesChanged();
  }

  get drawing(): boolean {
    return this.current !== null;
  }

  undo(): void {
    this.endStroke();
    const s = this.strokes.pop();
    if (!s) return;
    this.strokeGroup.remove(s.mesh);
    s.dispose();
    this.requestRender();
    this.onStrokesChanged();
  }

  clearStrokes(): void {
    this.endStroke();
    for (const s of this.strokes) {
      this.strokeGroup.remove(s.mesh);
      s.dispose();
    }
    this.strokes.length = 0;
    this.requestRender();
    this.onStrokesChanged();
  }

  get pointCount(): number {
    return this.strokes.reduce((n, s) => n + s.count, 0);
  }

  // --- previews and results ---------------------------------------------------------------

  /** A preview mesh (vertex colours) replaces the strokes. */
  showPreview(mesh: WireMesh): void {
    clear(this.previewGroup);
    this.previewGroup.add(wireMesh(mesh));
    this.show("preview");
  }

  /** The result's glTF scene replaces the preview. Returns its triangle count. */
  async showResultGlb(glb: ArrayBuffer): Promise<number> {
    const gltf = await new GLTFLoader().parseAsync(glb, "");
    clear(this.resultGroup);
    this.resultGroup.add(gltf.scene);
    this.show("result");
    return countTriangles(gltf.scene);
  }

  /** The result from the Completed event's inline mesh (when no GLB was made). */
  async showResultMesh(mesh: WireMesh): Promise<number> {
    clear(this.resultGroup);
    const m = wireMesh(mesh);
    if (mesh.texturePng.byteLength > 0 && mesh.uvs.byteLength > 0) {
      const url = URL.createObjectURL(new Blob([mesh.texturePng as BlobPart], { type: "image/png" }));
      try {
        const tex = await new THREE.TextureLoader().loadAsync(url);
        tex.colorSpace = THREE.SRGBColorSpace; // UVs are OpenGL-style (v up): flipY (default) matches
        m.material = new THREE.MeshStandardMaterial({ map: tex, roughness: 1, metalness: 0 });
      } finally {
        URL.revokeObjectURL(url);
      }
    }
    this.resultGroup.add(m);
    this.show("result");
    return mesh.triangleCount;
  }

  showSketch(): void {
    clear(this.previewGroup);
    clear(this.resultGroup);
    this.show("sketch");
  }

  private show(what: Showing): void {
    this.showing = what;
    this.strokeGroup.visible = what === "sketch";
    this.planeGroup.visible = what === "sketch" && !this.renderer.xr.isPresenting;
    this.previewGroup.visible = what === "preview";
    this.resultGroup.visible = what === "result";
    this.requestRender();
  }

  // --- desktop input ----------------------------------------------------------------------

  setMode(mode: "draw" | "orbit"): void {
    this.mode = mode;
    this.applyMode();
  }

  private applyMode(): void {
    const draw = this.mode === "draw" && !this.temporaryOrbit;
    this.controls.mouseButtons = {
      LEFT: draw ? null : THREE.MOUSE.ROTATE,
      MIDDLE: THREE.MOUSE.PAN,
      RIGHT: THREE.MOUSE.ROTATE,
    };
    this.controls.touches = { ONE: draw ? null : THREE.TOUCH.ROTATE, TWO: THREE.TOUCH.DOLLY_PAN };
    this.canvas.style.cursor = draw ? "crosshair" : "grab";
  }

  private hit(e: PointerEvent | WheelEvent): THREE.Vector3 | null {
    const r = this.canvas.getBoundingClientRect();
    const ndc = new THREE.Vector2(((e.clientX - r.left) / r.width) * 2 - 1, -((e.clientY - r.top) / r.height) * 2 + 1);
    this.raycaster.setFromCamera(ndc, this.camera);
    const p = this.raycaster.ray.intersectPlane(this.plane, new THREE.Vector3());
    // A plane seen edge-on gives hits far away: draw only near the plane's grid.
    if (!p || p.distanceTo(this.planeGroup.position) > PLANE_REACH) return null;
    return p;
  }

  private drawingAllowed(e: PointerEvent): boolean {
    return e.button === 0 && this.mode === "draw" && !this.temporaryOrbit && !this.renderer.xr.isPresenting;
  }

  private pointerDown(e: PointerEvent): void {
    if (!this.drawingAllowed(e)) return;
    const p = this.hit(e);
    if (!p) return;
    this.canvas.setPointerCapture(e.pointerId);
    this.beginStroke(p);
    e.preventDefault();
  }

  private pointerMove(e: PointerEvent): void {
    const p = this.hit(e);
    if (p && this.mode === "draw" && !this.temporaryOrbit) {
      this.cursor.visible = true;
      this.cursor.position.copy(p);
      this.cursor.quaternion.setFromUnitVectors(new THREE.Vector3(0, 0, 1), this.planeNormal);
      this.cursor.scale.setScalar(this.brush.radius * 1.6);
      this.requestRender();
    } else if (this.cursor.visible) {
      this.cursor.visible = false;
      this.requestRender();
    }
    if (this.current && p) {
      // Coalesced events give the full path on fast strokes.
      const events = typeof e.getCoalescedEvents === "function" ? e.getCoalescedEvents() : [e];
      for (const ev of events.length ? events : [e]) {
        const q = this.hit(ev);
        if (q) this.extendStroke(q);
      }
    }
  }

  private pointerUp(e: PointerEvent): void {
    if (this.current) {
      if (this.canvas.hasPointerCapture(e.pointerId)) this.canvas.releasePointerCapture(e.pointerId);
      this.endStroke();
    }
  }

  private wheel(e: WheelEvent): void {
    if (!e.shiftKey) return; // plain wheel: OrbitControls zooms
    e.preventDefault();
    e.stopImmediatePropagation();
    const step = (e.deltaY || e.deltaX) > 0 ? -0.02 : 0.02;
    this.setPlane(this.planeOrientation, Math.max(-1, Math.min(1, this.planeDepth + step)));
    this.onPlaneMoved(this.planeState);
  }

  onPlaneMoved: (state: { orientation: PlaneOrientation; depth: number }) => void = () => {};

  private key(e: KeyboardEvent, down: boolean): void {
    const target = e.target as HTMLElement | null;
    if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT")) return;
    if (e.code === "Space" && this.temporaryOrbit !== down) {
      this.temporaryOrbit = down;
      this.applyMode();
      e.preventDefault();
    } else if (down && (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "z") {
      this.undo();
      e.preventDefault();
    }
  }
}

/** A wire mesh (raw little-endian arrays) as a three.js mesh, vertex-coloured when it has
 *  colours. Colours are sRGB bytes; three.js wants linear vertex colours. */
export function wireMesh(m: WireMesh): THREE.Mesh {
  const g = new THREE.BufferGeometry();
  g.setAttribute("position", new THREE.BufferAttribute(float32(m.positions), 3));
  g.setIndex(new THREE.BufferAttribute(uint32(m.indices), 1));
  if (m.normals.byteLength > 0) g.setAttribute("normal", new THREE.BufferAttribute(float32(m.normals), 3));
  else g.computeVertexNormals();
  if (m.uvs.byteLength > 0) g.setAttribute("uv", new THREE.BufferAttribute(float32(m.uvs), 2));
  const hasColors = m.colors.byteLength > 0;
  if (hasColors) {
    const rgba = m.colors;
    const lin = new Float32Array((rgba.byteLength / 4) * 3);
    const c = new THREE.Color();
    for (let i = 0, j = 0; i < rgba.byteLength; i += 4, j += 3) {
      c.setRGB(rgba[i] / 255, rgba[i + 1] / 255, rgba[i + 2] / 255, THREE.SRGBColorSpace);
      lin[j] = c.r;
      lin[j + 1] = c.g;
      lin[j + 2] = c.b;
    }
    g.setAttribute("color", new THREE.BufferAttribute(lin, 3));
  }
  g.computeBoundingSphere();
  const material = new THREE.MeshStandardMaterial({ vertexColors: hasColors, roughness: 0.9, metalness: 0 });
  const mesh = new THREE.Mesh(g, material);
  mesh.name = "sketch2real-mesh";
  return mesh;
}

function clear(group: THREE.Group): void {
  for (const child of [...group.children]) {
    group.remove(child);
    child.traverse((o) => {
      const m = o as THREE.Mesh;
      if (m.geometry) m.geometry.dispose();
      const mats = Array.isArray(m.material) ? m.material : m.material ? [m.material] : [];
      for (const mat of mats) {
        for (const v of Object.values(mat)) if (v instanceof THREE.Texture) v.dispose();
        mat.dispose();
      }
    });
  }
}

function countTriangles(root: THREE.Object3D): number {
  let n = 0;
  root.traverse((o) => {
    const m = o as THREE.Mesh;
    if (!m.isMesh) return;
    const g = m.geometry;
    n += g.index ? g.index.count / 3 : g.attributes.position.count / 3;
  });
  return n;
}
