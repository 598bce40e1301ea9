// Hand tracking: the pen is down while thumb and index tips pinch (closer than pinchDistance),
// at the midpoint of the two tips. Needs com.unity.xr.hands (1.1 or newer) with the OpenXR
// "Hand Tracking Subsystem" feature; this assembly compiles only when that package is there.
using System.Collections.Generic;
using UnityEngine;
using UnityEngine.XR.Hands;

namespace Sketch2Real.Unity
{
    public sealed class HandPinchStrokeInput : StrokeInput
    {
        [Tooltip("The XR Origin's tracking space (XR Origin > Camera Offset): joint poses are relative to it.")]
        public Transform trackingSpace;
        public Handedness handedness = Handedness.Right;
        [Tooltip("Thumb-index tip distance that starts a stroke, metres.")]
        public float pinchDistance = 0.02f;
        [Tooltip("Distance that ends it (a little larger, so the pen does not flicker).")]
        public float releaseDistance = 0.035f;

        private XRHandSubsystem subsystem;
        private bool pinching;
        private static readonly List<XRHandSubsystem> Found = new List<XRHandSubsystem>();

        public override bool TryGetSample(out StrokeSample sample)
        {
            sample = new StrokeSample();
            if (subsystem == null || !subsystem.running)
            {
                Found.Clear();
                SubsystemManager.GetSubsystems(Found);
                subsystem = Found.Count > 0 ? Found[0] : null;
                if (subsystem == null)
                {
                    return false;
                }
            }
            XRHand hand = handedness == Handedness.Left ? subsystem.leftHand : subsystem.rightHand;
            Pose thumb, index;
            if (!hand.isTracked ||
                !hand.GetJoint(XRHandJointID.ThumbTip).TryGetPose(out thumb) ||
                !hand.GetJoint(XRHandJointID.IndexTip).TryGetPose(out index))
            {
                pinching = false;
                return false;
            }
            float d = Vector3.Distance(thumb.position, index.position);
            pinching = pinching ? d < releaseDistance : d < pinchDistance;
            Vector3 local = (thumb.position + index.position) * 0.5f;
            sample.Position = trackingSpace != null ? trackingSpace.TransformPoint(local) : local;
            sample.Rotation = trackingSpace != null ? trackingSpace.rotation * index.rotation : index.rotation;
            sample.Drawing = pinching;
            sample.Pressure = 1f;
            return true;
        }
    }
}
