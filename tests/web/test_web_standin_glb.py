"""The stand-in runner's GLB is written as geometry/export writes it: a PBR material with a
base-colour texture, metallic 0 and roughness 1 (without metallicFactor glTF means fully
metallic, which three.js and most viewers draw black)."""

from __future__ import annotations

import json
import struct

from sketch2real.client import Client
from web_helpers import make_server, submit_request


def _gltf_json(glb: bytes) -> dict:
    assert glb[:4] == b"glTF"
    length, kind = struct.unpack_from("<I4s", glb, 12)
    assert kind == b"JSON"
    return json.loads(glb[20:20 + length])


def test_standin_glb_is_not_metallic(tmp_path):
    server = make_server(tmp_path / "data")
    try:
        with Client(f"127.0.0.1:{server.port}", timeout=20) as c:
            job_id = c.submit(submit_request().sketch, "a red flower", preset="preview")
            c.wait(job_id)
            out = tmp_path / "r.glb"
            c.download(job_id, str(out))
    finally:
        server.stop(grace_seconds=0.5)
    gltf = _gltf_json(out.read_bytes())
    (material,) = gltf["materials"]
    pbr = material["pbrMetallicRoughness"]
    assert pbr["metallicFactor"] == 0.0 and pbr["roughnessFactor"] == 1.0
    assert "baseColorTexture" in pbr
    assert gltf["meshes"][0]["primitives"][0]["attributes"]["TEXCOORD_0"] is not None
