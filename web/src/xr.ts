// WebXR (Quest Browser): immersive-vr, or immersive-ar with passthrough where offered. The
// controllers draw the same strokes as the mouse (trigger held: draw from the brush tip), the
// grip (squeeze) submits, A/X undoes the last stroke. The 'local-floor' reference space is the
// sketch frame, so previews and the result appear where the sketch was, at real scale.
import * as THREE from "three";
import type { SketchScene } from "./scene";

export type XRMode = "immersive-vr" | "immersive-ar";
const TIP_OFFSET = new THREE.Vector3(0, 0, -0.06); // brush tip, metres ahead of the controller
const UNDO_BUTTON = 4; // xr-standard mapping: A on the right controller, X on the left

export interface XRHooks {
  submit(): void;
  statusLine(): string;
}

interface Hand {
  controller: THREE.Group;
  tip: THREE.Mesh;
  source: XRInputSource | null;
  drawing: boolean;
  undoHeld: boolean;
}

export class XRDrawing {
  supported: Record<XRMode, boolean> = { "immersive-vr": false, "immersive-ar": false };
  mode: XRMode | null = null;
  strokesDrawn = 0;
  private session: XRSession | null = null;
  private readonly hands: Hand[] = [];
  private readonly panel: THREE.Mesh;
  private readonly panelCanvas = document.createElement("canvas");
  private readonly panelTexture: THREE.CanvasTexture;
  private panelText = "";
  onChange: () => void = () => {};

  constructor(private readonly view: SketchScene, private readonly hooks: XRHooks) {
    const xr = view.renderer.xr;
    for (let i = 0; i < 2; i++) {
      const controller = xr.getController(i);
      const tip = new THREE.Mesh(
        new THREE.SphereGeometry(1, 16, 8),
        new THREE.MeshStandardMaterial({ color: view.brush.color, roughness: 0.5, metalness: 0 }),
      );
      tip.position.copy(TIP_OFFSET);
      controller.add(tip);
      const ray = new THREE.Mesh(
        new THREE.CylinderGeometry(0.002, 0.002, 0.05, 6).rotateX(Math.PI / 2).translate(0, 0, -0.025),
        new THREE.MeshBasicMaterial({ color: 0xdddddd }),
      );
      controller.add(ray);
      const hand: Hand = { controller, tip, source: null, drawing: false, undoHeld: false };
      controller.addEventListener("connected", (e) => {
        hand.source = (e as unknown as { data: XRInputSource }).data;
      });
      controller.addEventListener("disconnected", () => {
        if (hand.drawing) this.view.endStroke();
        hand.drawing = false;
        hand.source = null;
      });
      controller.addEventListener("selectstart", () => this.startDrawing(hand));
      controller.addEventListener("selectend", () => this.stopDrawing(hand));
      controller.addEventListener("squeezestart", () => {
        this.pulse(hand, 0.6, 80);
        this.hooks.submit();
      });
      controller.visible = false;
      view.scene.add(controller);
      this.hands.push(hand);
    }

    // A status panel above the left controller: what the job is doing.
    this.panelCanvas.width = 512;
    this.panelCanvas.height = 96;
    this.panelTexture = new THREE.CanvasTexture(this.panelCanvas);
    this.panelTexture.colorSpace = THREE.SRGBColorSpace;
    this.panel = new THREE.Mesh(
      new THREE.PlaneGeometry(0.2, 0.0375),
      new THREE.MeshBasicMaterial({ map: this.panelTexture, transparent: true }),
    );
    this.panel.position.set(0, 0.06, -0.04);
    this.panel.rotation.x = -0.6;
    this.hands[1].controller.add(this.panel);

    view.onFrame.push(() => this.frame());
  }

  async detect(): Promise<void> {
    const xr = navigator.xr;
    if (!xr) return;
    for (const mode of ["immersive-vr", "immersive-ar"] as XRMode[]) {
      try {
        this.supported[mode] = await xr.isSessionSupported(mode);
      } catch {
        this.supported[mode] = false;
      }
    }
    this.onChange();
  }

  get presenting(): boolean {
    return this.session !== null;
  }

  async enter(mode: XRMode): Promise<void> {
    if (!navigator.xr || this.session) return;
    const session = await navigator.xr.requestSession(mode, { optionalFeatures: ["local-floor"] });
    this.session = session;
    this.mode = mode;
    session.addEventListener("end", () => {
      this.session = null;
      this.mode = null;
      for (const h of this.hands) {
        if (h.drawing) this.view.endStroke();
        h.drawing = false;
        h.controller.visible = false;
      }
      this.view.setImmersive("none");
      this.onChange();
    });
    await this.view.renderer.xr.setSession(session);
    this.view.setImmersive(mode === "immersive-ar" ? "ar" : "vr");
    for (const h of this.hands) h.controller.visible = true;
    this.onChange();
  }

  async exit(): Promise<void> {
    await this.session?.end();
  }

  private startDrawing(hand: Hand): void {
    if (!this.session) return;
    for (const h of this.hands) if (h !== hand && h.drawing) this.stopDrawing(h);
    hand.drawing = true;
    this.view.beginStroke(hand.tip.getWorldPosition(new THREE.Vector3()));
    this.pulse(hand, 0.2, 20);
  }

  private stopDrawing(hand: Hand): void {
    if (!hand.drawing) return;
    hand.drawing = false;
    this.view.endStroke();
    this.strokesDrawn++;
    this.onChange();
  }

  private frame(): void {
    if (!this.session) return;
    const tmp = new THREE.Vector3();
    for (const h of this.hands) {
      (h.tip.material as THREE.MeshStandardMaterial).color.set(this.view.brush.color);
      h.tip.scale.setScalar(this.view.brush.radius);
      if (h.drawing) this.view.extendStroke(h.tip.getWorldPosition(tmp));
      const pressed = h.source?.gamepad?.buttons[UNDO_BUTTON]?.pressed ?? false;
      if (pressed && !h.undoHeld) {
        this.view.undo();
        this.pulse(h, 0.3, 30);
      }
      h.undoHeld = pressed;
    }
    const text = this.hooks.statusLine();
    if (text !== this.panelText) this.drawPanel(text);
  }

  private drawPanel(text: string): void {
    this.panelText = text;
    const c = this.panelCanvas.getContext("2d");
    if (!c) return;
    c.clearRect(0, 0, 512, 96);
    c.fillStyle = "rgba(20, 24, 32, 0.85)";
    c.fillRect(0, 0, 512, 96);
    c.fillStyle = "#f2f4f8";
    c.font = "34px system-ui, sans-serif";
    c.textBaseline = "middle";
    c.fillText(text.slice(0, 32), 20, 48);
    this.panelTexture.needsUpdate = true;
  }

  private pulse(hand: Hand, intensity: number, ms: number): void {
    const actuator = hand.source?.gamepad?.hapticActuators?.[0] as
      | { pulse?: (i: number, d: number) => Promise<boolean> }
      | undefined;
    actuator?.pulse?.(intensity, ms)?.catch(() => undefined);
  }
}
