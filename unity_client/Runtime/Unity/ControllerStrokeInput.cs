// A tracked controller (its Transform) with the trigger as pen pressure (UnityEngine.XR; OpenXR on Quest).
using UnityEngine;
using UnityEngine.XR;

namespace Sketch2Real.Unity
{
    public sealed class ControllerStrokeInput : StrokeInput
    {
        [Tooltip("The controller's tracked Transform (e.g. XR Origin > Camera Offset > Right Controller).")]
        public Transform controller;
        [Tooltip("Pen tip offset in the controller's local space, metres.")]
        public Vector3 tipOffset = new Vector3(0f, -0.01f, 0.05f);
        public XRNode hand = XRNode.RightHand;
        [Tooltip("Trigger value above which the pen is down.")]
        [Range(0.01f, 1f)] public float threshold = 0.15f;

        public override bool TryGetSample(out StrokeSample sample)
        {
            sample = new StrokeSample();
            if (controller == null)
            {
                return false;
            }
            InputDevice device = InputDevices.GetDeviceAtXRNode(hand);
            float trigger = 0f;
            if (!device.isValid || !device.TryGetFeatureValue(CommonUsages.trigger, out trigger))
            {
                return false;
            }
            sample.Position = controller.TransformPoint(tipOffset);
            sample.Rotation = controller.rotation;
            sample.Drawing = trigger > threshold;
            sample.Pressure = Mathf.InverseLerp(threshold, 1f, trigger) * 0.8f + 0.2f;
            return true;
        }
    }
}
