"""Preferences, properties, operators, the sidebar panel, and the timer that brings the worker's
news to the main thread.

One job at a time. While it runs, ``_tick`` (registered with ``bpy.app.timers``) drains the
job's messages every 0.2 s: status line and progress bar, the preview mesh in place of the
sketch, then the imported result, placed where the sketch was, with the sketch hidden.
"""

# No `from __future__ import annotations` here: Blender reads the property annotations below.
import importlib.util
import tempfile
from pathlib import Path

import bpy
from bpy.props import (EnumProperty, FloatProperty, IntProperty, PointerProperty,
                       StringProperty)

from . import scene_io
from .job import RefineJob

PREVIEW_NAME = "Sketch2Real preview"
TICK_SECONDS = 0.2


class _Session:
    """The running job and what the UI shows about it (module state: one per Blender)."""

    def __init__(self):
        self.job: RefineJob | None = None
        self.sketch_name = ""
        self.stage = ""
        self.step = 0
        self.total_steps = 0
        self.eta = 0.0
        self.log: list[str] = []
        """Every status line shown, in order (tests read it)."""
        self.progress_events = 0
        self.previews = 0
        self.result_objects: list[str] = []


SESSION = _Session()


def _addon_prefs(context):
    addon = context.preferences.addons.get(__package__)
    return addon.preferences if addon is not None else None


class Sketch2RealPreferences(bpy.types.AddonPreferences):
    bl_idname = __package__

    server: StringProperty(name="Server", default="127.0.0.1:50051",
                           description="host:port of `sketch2real serve`")
    token: StringProperty(name="Token", default="", subtype="PASSWORD",
                          description="Sent as 'authorization: Bearer <token>'; empty: none")
    tls_ca: StringProperty(name="TLS CA certificate", default="", subtype="FILE_PATH",
                           description="PEM file: use TLS and trust this certificate; empty: "
                                       "no TLS")

    def draw(self, context):
        col = self.layout.column()
        col.prop(self, "server")
        col.prop(self, "token")
        col.prop(self, "tls_ca")


class Sketch2RealSettings(bpy.types.PropertyGroup):
    prompt: StringProperty(name="Prompt", default="",
                           description="What the sketch is, e.g. 'a red flower'")
    preset: EnumProperty(name="Preset", default="preview", items=[
        ("preview", "Preview", "Fastest"), ("standard", "Standard", "The default schedule"),
        ("high", "High", "Longest, best")])
    fit_mode: EnumProperty(name="Read as", default="surface", items=[
        ("surface", "Surface", "The surface the strokes bound"),
        ("tube", "Tubes", "The strokes as drawn"),
        ("membrane", "Membrane", "A smooth membrane through the curves (curve networks)")])
    steps: IntProperty(name="Steps", default=0, min=0, description="0: the preset's")


class Sketch2RealStatus(bpy.types.PropertyGroup):
    """Run-time state shown in the panel (on the window manager: not saved in the file)."""

    status: StringProperty(name="Status", default="")
    job_id: StringProperty(name="Job", default="")
    progress: FloatProperty(name="Progress", default=0.0, min=0.0, max=100.0,
                            subtype="PERCENTAGE")


def _status(context):
    return context.window_manager.sketch2real_status


def _set_status(text: str) -> None:
    wm = bpy.context.window_manager
    wm.sketch2real_status.status = text
    SESSION.log.append(text)
    for window in getattr(wm, "windows", []):
        for area in window.screen.areas:
            if area.type == "VIEW_3D":
                area.tag_redraw()


def busy() -> bool:
    return SESSION.job is not None


def _tick():
    """Timer callback (main thread): apply the worker's messages; None unregisters it."""
    job = SESSION.job
    if job is None:
        return None
    context = bpy.context
    status = context.window_manager.sketch2real_status
    for kind, payload in job.poll():
        if kind == "submitted":
            status.job_id = payload
            _set_status(f"Queued as job {payload}")
        elif kind == "event":
            _apply_event(payload, status)
        elif kind == "preview":
            positions, indices, colors = payload
            scene_io.update_preview(context.scene, PREVIEW_NAME, positions, indices, colors)
            sketch = bpy.data.objects.get(SESSION.sketch_name)
            if sketch is not None:
                sketch.hide_set(True)
            SESSION.previews += 1
        elif kind == "result":
            scene_io.remove_object(PREVIEW_NAME)
            new = scene_io.import_result(payload, context.scene, f"{SESSION.sketch_name}.refined")
            SESSION.result_objects = [o.name for o in new]
            sketch = bpy.data.objects.get(SESSION.sketch_name)
            if sketch is not None:
                sketch.hide_set(True)
            status.progress = 100.0
            _set_status(f"Done: {', '.join(SESSION.result_objects)} (the sketch is hidden)")
        elif kind == "error":
            _set_status(payload)
        elif kind == "end":
            if bpy.data.objects.get(PREVIEW_NAME) is not None:
                scene_io.remove_object(PREVIEW_NAME)
                sketch = bpy.data.objects.get(SESSION.sketch_name)
                if sketch is not None and not SESSION.result_objects:
                    sketch.hide_set(False)
            SESSION.job = None
            return None
    return TICK_SECONDS


def _apply_event(ev, status) -> None:
    kind = ev.WhichOneof("event")
    if kind == "queued":
        ahead = ev.queued.position
        _set_status("Next in the queue" if ahead == 0 else f"Waiting: {ahead} job(s) ahead")
    elif kind == "stage_started":
        SESSION.stage, SESSION.step = ev.stage_started.stage, 0
        SESSION.total_steps = ev.stage_started.total_steps
        _set_status(f"Stage {SESSION.stage}")
    elif kind == "progress":
        p = ev.progress
        SESSION.stage, SESSION.step, SESSION.total_steps, SESSION.eta = \
            p.stage, p.step, p.total_steps, p.eta_seconds
        SESSION.progress_events += 1
        status.progress = 100.0 * p.step / p.total_steps if p.total_steps else 0.0
        eta = f", about {max(1, round(p.eta_seconds))} s left" if p.eta_seconds > 0 else ""
        _set_status(f"Refining: {p.stage} {p.step}/{p.total_steps}{eta}")
    elif kind == "completed":
        _set_status("Completed: downloading the result")
    elif kind == "failed":
        _set_status(f"Failed: {ev.failed.message}")
    elif kind == "cancelled":
        _set_status("Cancelled")


class SKETCH2REAL_OT_refine(bpy.types.Operator):
    """Send the active mesh or Grease Pencil object with the prompt to the sketch2real server"""

    bl_idname = "sketch2real.refine"
    bl_label = "Refine Sketch"
    bl_options = {"REGISTER"}

    @classmethod
    def poll(cls, context):
        return not busy() and scene_io.is_sketch(context.active_object)

    def execute(self, context):
        settings = context.scene.sketch2real
        prefs = _addon_prefs(context)
        if not settings.prompt.strip():
            self.report({"ERROR"}, "Say what the sketch is (the prompt)")
            return {"CANCELLED"}
        try:  # installed from the extension's wheel
            found = importlib.util.find_spec("sketch2real.client") is not None
        except ImportError:
            found = False
        if not found:
            self.report({"ERROR"}, "The sketch2real client is missing: install the extension "
                                   "zip built with its wheels (blender_addon/build_extension.py)")
            return {"CANCELLED"}
        obj = context.active_object
        try:
            sketch = scene_io.sketch_of(obj, context)
        except scene_io.SketchError as exc:
            self.report({"ERROR"}, str(exc))
            return {"CANCELLED"}
        roots = None
        if prefs is not None and prefs.tls_ca:
            try:
                roots = Path(bpy.path.abspath(prefs.tls_ca)).read_bytes()
            except OSError as exc:
                self.report({"ERROR"}, f"Cannot read the TLS certificate: {exc}")
                return {"CANCELLED"}
        target = prefs.server if prefs is not None else "127.0.0.1:50051"
        out_dir = Path(tempfile.gettempdir()) / "sketch2real"
        SESSION.__init__()
        SESSION.sketch_name = obj.name
        SESSION.job = RefineJob(target, sketch, settings.prompt.strip(), out_dir,
                                token=(prefs.token or None) if prefs is not None else None,
                                root_certificates=roots, preset=settings.preset,
                                fit_mode=settings.fit_mode, steps=settings.steps).start()
        status = _status(context)
        status.job_id = ""
        status.progress = 0.0
        _set_status(f"Sending '{obj.name}' to {target}")
        if not bpy.app.timers.is_registered(_tick):
            bpy.app.timers.register(_tick, first_interval=TICK_SECONDS)
        return {"FINISHED"}


class SKETCH2REAL_OT_cancel(bpy.types.Operator):
    """Ask the server to stop the running job"""

    bl_idname = "sketch2real.cancel"
    bl_label = "Cancel"

    @classmethod
    def poll(cls, context):
        return busy()

    def execute(self, context):
        SESSION.job.cancel()
        _set_status("Cancelling...")
        return {"FINISHED"}


class SKETCH2REAL_OT_restore(bpy.types.Operator):
    """Show the sketch again and remove the refined result"""

    bl_idname = "sketch2real.restore_sketch"
    bl_label = "Back to the Sketch"
    bl_options = {"REGISTER", "UNDO"}

    @classmethod
    def poll(cls, context):
        return not busy() and bool(SESSION.result_objects)

    def execute(self, context):
        for name in SESSION.result_objects:
            scene_io.remove_object(name)
        SESSION.result_objects = []
        sketch = bpy.data.objects.get(SESSION.sketch_name)
        if sketch is not None:
            sketch.hide_set(False)
        _set_status("Back to the sketch")
        return {"FINISHED"}


class VIEW3D_PT_sketch2real(bpy.types.Panel):
    bl_space_type = "VIEW_3D"
    bl_region_type = "UI"
    bl_category = "Sketch2Real"
    bl_label = "Sketch2Real"

    def draw(self, context):
        layout = self.layout
        settings = context.scene.sketch2real
        status = _status(context)
        prefs = _addon_prefs(context)
        if prefs is not None:
            layout.label(text=f"Server: {prefs.server}", icon="URL")
        col = layout.column()
        col.enabled = not busy()
        col.prop(settings, "prompt")
        col.prop(settings, "preset")
        col.prop(settings, "fit_mode")
        col.prop(settings, "steps")
        row = layout.row(align=True)
        row.operator(SKETCH2REAL_OT_refine.bl_idname, icon="SHADERFX")
        row.operator(SKETCH2REAL_OT_cancel.bl_idname, icon="CANCEL")
        if busy():
            progress = getattr(layout, "progress", None)
            text = f"{SESSION.stage} {SESSION.step}/{SESSION.total_steps}" if SESSION.stage else ""
            if progress is not None:
                progress(factor=status.progress / 100.0, type="BAR", text=text)
            else:
                layout.prop(status, "progress", text=text, slider=True)
        if status.status:
            box = layout.box()
            for line in _wrap(status.status, 40):
                box.label(text=line)
        layout.operator(SKETCH2REAL_OT_restore.bl_idname, icon="LOOP_BACK")


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + ([line] if line else [])


CLASSES = (Sketch2RealPreferences, Sketch2RealSettings, Sketch2RealStatus,
           SKETCH2REAL_OT_refine, SKETCH2REAL_OT_cancel, SKETCH2REAL_OT_restore,
           VIEW3D_PT_sketch2real)


def register():
    for cls in CLASSES:
        bpy.utils.register_class(cls)
    bpy.types.Scene.sketch2real = PointerProperty(type=Sketch2RealSettings)
    bpy.types.WindowManager.sketch2real_status = PointerProperty(type=Sketch2RealStatus)


def unregister():
    job = SESSION.job
    if job is not None:
        job.close()
        SESSION.job = None
    if bpy.app.timers.is_registered(_tick):
        bpy.app.timers.unregister(_tick)
    del bpy.types.WindowManager.sketch2real_status
    del bpy.types.Scene.sketch2real
    for cls in reversed(CLASSES):
        bpy.utils.unregister_class(cls)
