// The mouse on a plane in front of the camera (scroll: depth), to try the app in the Editor.
using UnityEngine;

namespace Sketch2Real.Unity
{
    public sealed class MouseStrokeInput : StrokeInput
    {
        public Camera viewCamera;
        [Tooltip("Distance of the drawing plane in front of the camera, metres.")]
        public float depth = 1.0f;

        public override bool TryGetSample(out StrokeSample sample)
        {
            sample = new StrokeSample();
#if ENABLE_LEGACY_INPUT_MANAGER
            Camera cam = viewCamera != null ? viewCamera : Camera.main;
            if (cam == null)
            {
                return false;
            }
            Vector3 mouse = Input.mousePosition;
            // Scroll wheel moves the plane, so the Editor can draw in depth too.
            depth = Mathf.Clamp(depth + Input.mouseScrollDelta.y * 0.05f, 0.2f, 5f);
            sample.Position = cam.ScreenToWorldPoint(new Vector3(mouse.x, mouse.y, depth));
            sample.Rotation = cam.transform.rotation;
            sample.Drawing = Input.GetMouseButton(0);
            sample.Pressure = 1f;
            return true;
#else
            return false;
#endif
        }
    }
}
