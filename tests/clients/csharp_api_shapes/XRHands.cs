// API shapes of com.unity.xr.hands 1.x as Runtime/XRHands uses them (and of
// UnityEngine.SubsystemManager). Nothing here runs.
#pragma warning disable 0067, 0649, 0169, 0414
using System.Collections.Generic;

namespace UnityEngine
{
    public static class SubsystemManager
    {
        public static void GetSubsystems<T>(List<T> subsystems) { }
    }
}

namespace UnityEngine.XR.Hands
{
    public enum Handedness { Invalid, Left, Right }
    public enum XRHandJointID { Invalid = 0, BeginMarker = 1, Wrist = 1, Palm = 2, ThumbMetacarpal = 3, ThumbProximal = 4, ThumbDistal = 5, ThumbTip = 6, IndexMetacarpal = 7, IndexProximal = 8, IndexIntermediate = 9, IndexDistal = 10, IndexTip = 11 }

    public struct XRHandJoint
    {
        public bool TryGetPose(out Pose pose) { pose = default(Pose); return false; }
    }

    public struct XRHand
    {
        public bool isTracked { get { return false; } }
        public XRHandJoint GetJoint(XRHandJointID id) { return default(XRHandJoint); }
    }

    public class XRHandSubsystem
    {
        public bool running { get { return false; } }
        public XRHand leftHand { get { return default(XRHand); } }
        public XRHand rightHand { get { return default(XRHand); } }
    }
}
