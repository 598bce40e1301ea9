"""``sketch2real doctor``: what this machine can run (CUDA, nvdiffrast, model weights, disk);
with ``--workers``, what a server runs its jobs on (its workers: count, device, model, health,
busy or idle; one per GPU of a Ray cluster behind a ``serve --ray`` front).

Nothing heavy is imported or built unless asked: ``--build`` compiles nvdiffrast's CUDA plugin
(a minute or two the first time) and ``--json`` prints the findings as JSON. Exit code 0 when
refinement can run at all (the CPU path always can), 1 when a required package is missing.

The ``rasterizer`` line says which rasterizer refinement uses here: nvdiffrast on CUDA, or the
PyTorch rasterizer (on the CPU; on a GPU where nvdiffrast is missing or cannot build or load,
the fallback, slower). Without ``--build`` it says what will be tried. pymeshlab and open3d are
optional: without them export decimates by vertex clustering and distances are computed in
PyTorch.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import sys
from importlib import metadata

from sketch2real.client.cli_support import add_connection_arguments


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", default=None,
                   help="model id or folder to look for (default stabilityai/stable-diffusion-2-1-base)")
    p.add_argument("--build", action="store_true",
                   help="build nvdiffrast's CUDA plugin now if it is not built (needs CUDA)")
    p.add_argument("--json", action="store_true", help="print the findings as JSON")
    p.add_argument("--workers", action="store_true",
                   help="also ask the server (--server) which workers run its jobs")
    add_connection_arguments(p)


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def check_cuda() -> dict:
    import torch

    info = {"torch": torch.__version__, "cuda_build": torch.version.cuda,
            "available": bool(torch.cuda.is_available())}
    if info["available"]:
        props = torch.cuda.get_device_properties(0)
        info.update(device=props.name, memory_gb=round(props.total_memory / 2 ** 30, 1),
                    count=torch.cuda.device_count(), capability=f"{props.major}.{props.minor}")
    return info


def check_nvdiffrast(build: bool, cuda: bool) -> dict:
    version = _version("diffrp-nvdiffrast") or _version("nvdiffrast")
    info: dict = {"installed": importlib.util.find_spec("nvdiffrast") is not None,
                  "version": version, "plugin_built": None}
    if not info["installed"]:
        info["hint"] = "pip install 'sketch2real[cuda]' (on a CUDA machine)"
        return info
    try:
        import torch
        from torch.utils.cpp_extension import _get_build_directory

        import nvdiffrast

        plugin = re.sub(r"\W|^(?=\d)", "_",
                        f"nvdiffrast_plugin_{nvdiffrast.__version__}_torch{torch.__version__}")
        build_dir = _get_build_directory(plugin, False)
        info["build_dir"] = build_dir
        info["plugin_built"] = os.path.isdir(build_dir) and any(
            f.endswith(".so") or f.endswith(".pyd") for f in os.listdir(build_dir))
    except Exception as err:  # private torch API; report rather than fail
        info["plugin_check_error"] = str(err).splitlines()[0] if str(err) else type(err).__name__
    if build and cuda:
        from sketch2real.geometry.raster import get_rasterizer, rasterizer_status

        get_rasterizer("cuda")           # falls back to torch (and remembers why) on failure
        status = rasterizer_status("cuda")
        if status.backend == "nvdiffrast":
            info["plugin_built"] = True
        elif status.reason:
            info["build_error"] = status.reason
    elif info["plugin_built"] is False:
        info["hint"] = "the CUDA plugin builds on first use (1-2 min); `sketch2real doctor --build`"
    return info


def check_rasterizer(cuda: bool) -> dict:
    """The rasterizer refinement uses here: {"backend", "reason", "known"} (``known`` False:
    nothing was built or loaded in this process, so ``backend`` is what will be tried)."""
    from sketch2real.geometry.raster import rasterizer_status

    if not cuda:
        return {"backend": "torch", "reason": "no CUDA", "known": True}
    status = rasterizer_status("cuda")
    return {"backend": status.backend, "reason": status.reason, "known": status.known}


def check_model(model: str) -> dict:
    from sketch2real.guidance.priors.stable_diffusion import COMPONENTS, hub_cache_dir

    path = os.path.expanduser(model)
    if os.path.isdir(path):
        missing = [c for c in COMPONENTS if not os.path.isdir(os.path.join(path, c))]
        return {"model": model, "where": path, "found": not missing,
                **({"missing": missing} if missing else {})}
    cache = hub_cache_dir()
    repo = os.path.join(cache, "models--" + model.replace("/", "--"), "snapshots")
    found = False
    if os.path.isdir(repo):
        for snap in os.listdir(repo):
            root = os.path.join(repo, snap)
            if all(os.path.isdir(os.path.join(root, c)) for c in COMPONENTS):
                unet = os.listdir(os.path.join(root, "unet"))
                if any(f.endswith((".safetensors", ".bin")) for f in unet):
                    found = True
                    break
    info = {"model": model, "where": cache, "found": found}
    if not found:
        info["hint"] = (f"`hf download {model}` on a machine with network (then copy the cache), "
                        "or --model PATH; 'tiny-random' and 'analytic' need no weights")
    return info


def check_disk(paths: list[str]) -> list[dict]:
    out = []
    for p in paths:
        q = p
        while q and not os.path.exists(q):
            q = os.path.dirname(q)
        if not q:
            continue
        usage = shutil.disk_usage(q)
        out.append({"path": p, "free_gb": round(usage.free / 2 ** 30, 1),
                    "total_gb": round(usage.total / 2 ** 30, 1)})
    return out


def check_server(args: argparse.Namespace) -> dict:
    """The server's workers, from ``GetServerInfo`` (an unreachable server is an error)."""
    from sketch2real.client.cli_support import connect

    with connect(args) as client:
        info = client.server_info()
    workers = [{"worker_id": w.worker_id, "node": w.node, "device": w.device,
                "device_name": w.device_name, "model": w.model, "healthy": w.healthy,
                "reason": w.reason, "busy": w.busy} for w in info.workers]
    return {"address": args.server, "version": info.server_version, "runner": info.runner,
            "model": info.model, "device": info.device, "queued_jobs": info.queued_jobs,
            "running_jobs": info.running_jobs, "workers": workers}


def run(args: argparse.Namespace) -> int:
    from sketch2real.guidance import DEFAULT_MODEL
    from sketch2real.guidance.priors.stable_diffusion import hub_cache_dir

    cuda = check_cuda()
    report = {
        "python": sys.version.split()[0],
        "cuda": cuda,
        "nvdiffrast": check_nvdiffrast(args.build, cuda["available"]),
        "rasterizer": check_rasterizer(cuda["available"]),
        "model": check_model(args.model or DEFAULT_MODEL),
        "packages": {name: _version(name) for name in
                     ("torch", "diffusers", "transformers", "xatlas", "pymeshlab", "open3d",
                      "trimesh")},
        "disk": check_disk([os.getcwd(), hub_cache_dir()]),
    }
    if args.workers:
        report["server"] = check_server(args)
    required = ("torch", "xatlas", "trimesh")
    missing = [p for p in required if not report["packages"][p]]
    gpu_ready = cuda["available"]        # nvdiffrast only makes it faster (torch fallback)
    report["can_run"] = {
        "refine_cpu_smoke": not missing,
        "refine_gpu": bool(gpu_ready and not missing),
        "refine_gpu_with_weights": bool(gpu_ready and not missing and report["model"]["found"]),
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return 1 if missing else 0
    print(_format(report, missing))
    return 1 if missing else 0


def cuda_fallback(r: dict) -> bool:
    """True when refinement on this GPU renders with the PyTorch fallback."""
    return bool(r["cuda"]["available"] and r["rasterizer"]["backend"] == "torch")


def _yes(flag) -> str:
    return "yes" if flag else "no"


def _format(r: dict, missing: list[str]) -> str:
    c, n, m = r["cuda"], r["nvdiffrast"], r["model"]
    lines = [f"python {r['python']}, torch {c['torch']} (CUDA build: {c['cuda_build'] or 'none'})"]
    if c["available"]:
        lines.append(f"CUDA:        yes, {c['device']} ({c['memory_gb']} GB, compute {c['capability']})"
                     + (f", {c['count']} devices" if c["count"] > 1 else ""))
    else:
        lines.append("CUDA:        no (refinement runs on the CPU at toy sizes only)")
    if not n["installed"]:
        lines.append(f"nvdiffrast:  not installed ({n['hint']})")
    else:
        built = {True: "plugin built", False: "plugin not built yet", None: "plugin state unknown"}
        lines.append(f"nvdiffrast:  {n['version'] or 'installed'}, {built[n['plugin_built']]}"
                     + (f" ({n['hint']})" if n.get("hint") else "")
                     + (f"; build failed: {n['build_error']}" if n.get("build_error") else ""))
    ras = r["rasterizer"]
    lines.append(f"rasterizer:  {ras['backend']}"
                 + ("" if ras["known"] else " (to be tried; not loaded yet)")
                 + (f" ({ras['reason']})" if ras["reason"] else "")
                 + (" -- the PyTorch fallback on the GPU, slower" if cuda_fallback(r) else ""))
    lines.append(f"weights:     {m['model']}: " + ("found" if m["found"] else "not found")
                 + f" in {m['where']}" + (f" ({m['hint']})" if m.get("hint") else ""))
    pk = r["packages"]
    lines.append("packages:    " + ", ".join(f"{k} {v or 'MISSING'}" for k, v in pk.items()))
    for d in r["disk"]:
        lines.append(f"disk:        {d['free_gb']} GB free of {d['total_gb']} GB at {d['path']}")
    can = r["can_run"]
    lines.append(f"can run:     CPU smoke runs (--model analytic|tiny-random --device cpu): "
                 f"{_yes(can['refine_cpu_smoke'])}; GPU refinement: {_yes(can['refine_gpu'])}; "
                 f"with {m['model']}: {_yes(can['refine_gpu_with_weights'])}")
    optional = [p for p in ("pymeshlab", "open3d") if not pk[p]]
    if optional:
        lines.append(f"optional:    {', '.join(optional)} missing: export decimates by vertex "
                     "clustering, distances are computed in PyTorch")
    if missing:
        lines.append(f"missing:     {', '.join(missing)} (pip install -e .)")
    s = r.get("server")
    if s is not None:
        healthy = sum(w["healthy"] for w in s["workers"])
        busy = sum(w["busy"] for w in s["workers"])
        lines.append(f"server:      {s['address']}: sketch2real {s['version']}, runner "
                     f"{s['runner']}, {len(s['workers'])} workers ({healthy} healthy, {busy} "
                     f"busy), {s['queued_jobs']} jobs queued, {s['running_jobs']} running")
        for w in s["workers"]:
            state = ("busy" if w["busy"] else "idle") if w["healthy"] else \
                f"UNHEALTHY: {w['reason']}"
            lines.append(f"  worker {w['worker_id']:<6} {w['node']}  {w['device']} "
                         f"({w['device_name'] or '?'})  {w['model']}  {state}")
    return "\n".join(lines)
