"""docs/cluster.md's KubeRay manifests are valid YAML and fit together (no Kubernetes runs here,
so they are checked as documents): a RayCluster whose worker group asks for one GPU per pod, a
front Deployment that joins the head's service as a Ray node without resources and serves the
gRPC port that the Service targets."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

DOC = Path(__file__).resolve().parents[2] / "docs" / "cluster.md"


def _manifests() -> dict[str, dict]:
    blocks = re.findall(r"```yaml\n(.*?)```", DOC.read_text(), flags=re.S)
    assert len(blocks) == 1, "one YAML block expected"
    docs = [d for d in yaml.safe_load_all(blocks[0]) if d]
    return {d["kind"]: d for d in docs}


def test_the_manifests_parse_and_fit_together():
    m = _manifests()
    assert set(m) == {"RayCluster", "Deployment", "Service"}
    cluster = m["RayCluster"]
    assert cluster["apiVersion"] == "ray.io/v1"
    import sketch2real  # noqa: F401 - the pinned Ray version is the documented one
    pyproject = (DOC.parents[1] / "pyproject.toml").read_text()
    assert f'ray=={cluster["spec"]["rayVersion"]}' in pyproject
    head = cluster["spec"]["headGroupSpec"]
    assert head["rayStartParams"]["num-cpus"] == "0"
    (group,) = cluster["spec"]["workerGroupSpecs"]
    assert group["rayStartParams"]["num-gpus"] == "1"
    (worker,) = group["template"]["spec"]["containers"]
    assert worker["resources"]["limits"]["nvidia.com/gpu"] == "1"
    assert group["minReplicas"] <= group["replicas"] <= group["maxReplicas"]

    front = m["Deployment"]["spec"]
    assert front["replicas"] == 1 and front["strategy"]["type"] == "Recreate"
    (container,) = front["template"]["spec"]["containers"]
    command = " ".join(container["args"])
    head_svc = f"{cluster['metadata']['name']}-head-svc:6379"
    assert f"ray start --address={head_svc} --num-cpus=0 --num-gpus=0" in command
    assert "sketch2real serve --ray auto" in command and "--host 0.0.0.0" in command
    port = int(re.search(r"--port (\d+)", command).group(1))
    grpc_port = next(p for p in container["ports"] if p["name"] == "grpc")
    assert grpc_port["containerPort"] == port
    assert container["readinessProbe"]["grpc"]["port"] == port
    labels = front["template"]["metadata"]["labels"]
    assert front["selector"]["matchLabels"] == labels

    service = m["Service"]["spec"]
    assert service["selector"] == labels
    assert service["ports"][0]["targetPort"] == "grpc"
