// Where the pen is and whether it draws. StrokeCapture reads one StrokeInput per frame.
//   ControllerStrokeInput: a tracked controller (its Transform, e.g. the XR Origin's right-hand
//     controller object) with the trigger as pressure (UnityEngine.XR, OpenXR on Quest);
//   MouseStrokeInput: the mouse on a plane in front of the camera, to try the app in the Editor;
//   HandPinchStrokeInput (optional assembly Sketch2Real.Unity.XRHands, with com.unity.xr.hands):
//     thumb-index pinch of a tracked hand.
using UnityEngine;

namespace Sketch2Real.Unity
{
    public struct StrokeSample
    {
        /// <summary>World-space pen tip.</summary>
        public Vector3 Position;
        /// <summary>World-space brush orientation.</summary>
        public Quaternion Rotation;
        /// <summary>0..1, scales the brush radius.</summary>
        public float Pressure;
        /// <summary>True while the pen is down.</summary>
        public bool Drawing;
    }

    public abstract class StrokeInput : MonoBehaviour
    {
        /// <summary>This frame's sample; false when the input is not tracked now.</summary>
        public abstract bool TryGetSample(out StrokeSample sample);
    }
}
