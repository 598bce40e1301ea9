// Strokes as the hand drew them: points in metres in the sketch frame (which is the scene's world
// frame: metres, right-handed, +Y up, like glTF and three.js, so nothing is flipped), one radius
// and one colour per stroke, shown as tubes while drawing.
import * as THREE from "three";
import { create } from "@bufbuild/protobuf";
import { SketchSchema, StrokeSchema, type Sketch } from "./gen/sketch2real/v1/sketch2real_pb";
import { float32Bytes, packRgba } from "./wire";

const SIDES = 8;

export class Stroke {
  readonly points: number[] = [];
  readonly mesh: THREE.Mesh;
  private readonly material: THREE.MeshStandardMaterial;

  constructor(readonly radius: number, readonly color: string) {
    this.material = new THREE.MeshStandardMaterial({ color: new THREE.Color(color), roughness: 0.8, metalness: 0 });
    this.mesh = new THREE.Mesh(new THREE.BufferGeometry(), this.material);
    this.mesh.frustumCulled = false;
  }

  get count(): number {
    return this.points.length / 3;
  }

  /** Adds ``p`` when it is far enough from the last point; true when added. */
  add(p: THREE.Vector3): boolean {
    const n = this.count;
    if (n > 0) {
      const i = (n - 1) * 3;
      const dx = p.x - this.points[i], dy = p.y - this.points[i + 1], dz = p.z - this.points[i + 2];
      const spacing = Math.max(0.002, this.radius * 0.5);
      if (dx * dx + dy * dy + dz * dz < spacing * spacing) return false;
    }
    this.points.push(p.x, p.y, p.z);
    this.rebuild();
    return true;
  }

  rebuild(): void {
    const old = this.mesh.geometry;
    this.mesh.geometry = tubeGeometry(this.points, this.radius);
    old.dispose();
  }

  dispose(): void {
    this.mesh.geometry.dispose();
    this.material.dispose();
  }

  /** The wire form: float32 xyz points, one radius, one packed 0xRRGGBBAA colour. */
  toProto() {
    return create(StrokeSchema, {
      points: float32Bytes(this.points),
      radius: this.radius,
      rgba: packRgba(this.color),
      brush: "web-tube",
    });
  }
}

export function sketchProto(strokes: Stroke[]): Sketch {
  return create(SketchSchema, {
    source: { case: "strokes", value: { strokes: strokes.filter((s) => s.count > 0).map((s) => s.toProto()) } },
  });
}

/** A tube of ``radius`` along the polyline ``flat`` (xyz...), rings carried along by parallel
 *  transport so they do not twist, with flat end caps; a sphere for a single point. */
export function tubeGeometry(flat: number[], radius: number): THREE.BufferGeometry {
  const n = flat.length / 3;
  if (n === 0) return new THREE.BufferGeometry();
  if (n === 1) {
    const g = new THREE.SphereGeometry(radius, 10, 6);
    g.translate(flat[0], flat[1], flat[2]);
    return g;
  }
  const P = (i: number) => new THREE.Vector3(flat[i * 3], flat[i * 3 + 1], flat[i * 3 + 2]);
  const tangents: THREE.Vector3[] = [];
  for (let i = 0; i < n; i++) {
    const a = P(Math.max(0, i - 1)), b = P(Math.min(n - 1, i + 1));
    const t = b.sub(a);
    tangents.push(t.lengthSq() > 0 ? t.normalize() : (tangents[i - 1]?.clone() ?? new THREE.Vector3(0, 0, 1)));
  }
  // First normal: any vector perpendicular to the first tangent.
  const t0 = tangents[0];
  const helper = Math.abs(t0.y) < 0.9 ? new THREE.Vector3(0, 1, 0) : new THREE.Vector3(1, 0, 0);
  let normal = new THREE.Vector3().crossVectors(t0, helper).normalize();
  const ringCount = n * SIDES;
  const positions = new Float32Array((ringCount + 2 * (SIDES + 1)) * 3);
  const normals = new Float32Array(positions.length);
  const index: number[] = [];
  const binormal = new THREE.Vector3();
  const q = new THREE.Quaternion();
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      q.setFromUnitVectors(tangents[i - 1], tangents[i]);
      normal.applyQuaternion(q).normalize();
    }
    binormal.crossVectors(tangents[i], normal);
    const c = P(i);
    for (let s = 0; s < SIDES; s++) {
      const a = (s / SIDES) * Math.PI * 2;
      const nx = Math.cos(a) * normal.x + Math.sin(a) * binormal.x;
      const ny = Math.cos(a) * normal.y + Math.sin(a) * binormal.y;
      const nz = Math.cos(a) * normal.z + Math.sin(a) * binormal.z;
      const k = (i * SIDES + s) * 3;
      positions[k] = c.x + radius * nx;
      positions[k + 1] = c.y + radius * ny;
      positions[k + 2] = c.z + radius * nz;
      normals[k] = nx;
      normals[k + 1] = ny;
      normals[k + 2] = nz;
    }
    if (i > 0) {
      for (let s = 0; s < SIDES; s++) {
        const a = (i - 1) * SIDES + s, b = (i - 1) * SIDES + ((s + 1) % SIDES);
        const c2 = i * SIDES + s, d = i * SIDES + ((s + 1) % SIDES);
        index.push(a, b, d, a, d, c2);
      }
    }
  }
  // Caps: a centre vertex and a copy of the end ring facing along the tangent.
  let v = ringCount;
  for (const [ring, sign] of [[0, -1], [n - 1, 1]] as const) {
    const c = P(ring);
    const t = tangents[ring].clone().multiplyScalar(sign);
    const centre = v;
    positions.set([c.x, c.y, c.z], centre * 3);
    normals.set([t.x, t.y, t.z], centre * 3);
    for (let s = 0; s < SIDES; s++) {
      const from = (ring * SIDES + s) * 3;
      positions.set(positions.subarray(from, from + 3), (centre + 1 + s) * 3);
      normals.set([t.x, t.y, t.z], (centre + 1 + s) * 3);
      const a = centre + 1 + s, b = centre + 1 + ((s + 1) % SIDES);
      if (sign > 0) index.push(centre, a, b);
      else index.push(centre, b, a);
    }
    v += SIDES + 1;
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute("position", new THREE.BufferAttribute(positions, 3));
  g.setAttribute("normal", new THREE.BufferAttribute(normals, 3));
  g.setIndex(index);
  g.computeBoundingSphere();
  return g;
}
