"""Proto enum values <-> the short names the pipeline, the CLI and the reports use.

Each map is ``{enum value: name}``; ``*_ENUMS`` go the other way. ``*_UNSPECIFIED`` (0) is in
none of them: its meaning ("the default") is resolved by whoever reads the request.
"""

from __future__ import annotations

from sketch2real.wire._generated import sketch2real_pb2 as pb

METHODS = {pb.METHOD_BRIDGE: "bridge", pb.METHOD_SDS: "sds", pb.METHOD_NFSD: "nfsd",
           pb.METHOD_CSD: "csd", pb.METHOD_VSD: "vsd"}
PRESETS = {pb.PRESET_PREVIEW: "preview", pb.PRESET_STANDARD: "standard", pb.PRESET_HIGH: "high"}
FORMATS = {pb.FORMAT_GLB: "glb", pb.FORMAT_OBJ: "obj", pb.FORMAT_PLY: "ply"}
FIT_MODES = {pb.FIT_MODE_SURFACE: "surface", pb.FIT_MODE_TUBE: "tube",
             pb.FIT_MODE_MEMBRANE: "membrane"}
PRIORITIES = {pb.PRIORITY_INTERACTIVE: 0, pb.PRIORITY_BATCH: 1}
"""Priority enum -> queue rank (lower runs first)."""
JOB_STATES = {pb.JOB_STATE_QUEUED: "queued", pb.JOB_STATE_RUNNING: "running",
              pb.JOB_STATE_COMPLETED: "completed", pb.JOB_STATE_FAILED: "failed",
              pb.JOB_STATE_CANCELLED: "cancelled"}
FAILURE_CODES = {pb.FAILURE_CODE_INVALID_INPUT: "invalid_input",
                 pb.FAILURE_CODE_RESOURCE: "resource", pb.FAILURE_CODE_INTERNAL: "internal"}

METHOD_ENUMS = {name: value for value, name in METHODS.items()}
PRESET_ENUMS = {name: value for value, name in PRESETS.items()}
FORMAT_ENUMS = {name: value for value, name in FORMATS.items()}
FIT_MODE_ENUMS = {name: value for value, name in FIT_MODES.items()}
PRIORITY_ENUMS = {rank: value for value, rank in PRIORITIES.items()}
JOB_STATE_ENUMS = {name: value for value, name in JOB_STATES.items()}
FAILURE_CODE_ENUMS = {name: value for value, name in FAILURE_CODES.items()}
