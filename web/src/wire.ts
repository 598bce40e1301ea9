// Raw little-endian arrays on the wire (see the .proto): float32 positions, radii, normals and
// UVs; uint32 triangle indices; uint8 RGBA colours. Browsers on every platform that runs WebXR
// are little-endian, so typed-array views read the bytes as they are; a view needs its offset
// aligned to the element size, so unaligned bytes (a field in the middle of a message) are
// copied first.

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function aligned(bytes: Uint8Array, size: number): Uint8Array {
  if (bytes.byteOffset % size === 0) return bytes;
  return bytes.slice();
}

/** float32 [n] from wire bytes (a multiple of 4). */
export function float32(bytes: Uint8Array): Float32Array {
  if (bytes.byteLength % 4 !== 0) throw new Error(`${bytes.byteLength} bytes is not whole float32s`);
  if (!LITTLE_ENDIAN) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return Float32Array.from({ length: bytes.byteLength / 4 }, (_, i) => view.getFloat32(i * 4, true));
  }
  const a = aligned(bytes, 4);
  return new Float32Array(a.buffer, a.byteOffset, a.byteLength / 4);
}

/** uint32 [n] from wire bytes (a multiple of 4). */
export function uint32(bytes: Uint8Array): Uint32Array {
  if (bytes.byteLength % 4 !== 0) throw new Error(`${bytes.byteLength} bytes is not whole uint32s`);
  if (!LITTLE_ENDIAN) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return Uint32Array.from({ length: bytes.byteLength / 4 }, (_, i) => view.getUint32(i * 4, true));
  }
  const a = aligned(bytes, 4);
  return new Uint32Array(a.buffer, a.byteOffset, a.byteLength / 4);
}

/** float32 values -> little-endian wire bytes. */
export function float32Bytes(values: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i], true);
  return out;
}

/** 0xRRGGBBAA from a CSS hex colour ("#rrggbb") and an alpha in 0..1. */
export function packRgba(hex: string, alpha = 1): number {
  const rgb = parseInt(hex.replace("#", ""), 16) & 0xffffff;
  return ((rgb << 8) | Math.round(alpha * 255)) >>> 0;
}
