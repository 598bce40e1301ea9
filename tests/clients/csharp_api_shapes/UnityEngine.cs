// API shapes of the UnityEngine members the package uses (signatures as in Unity 2022.3), so
// that Runtime/Unity and the sample can be type-checked by Mono's compiler without Unity.
// Bodies are placeholders: nothing here runs. Only what the package uses is declared.
#pragma warning disable 0067, 0649, 0169, 0414
using System;
using System.Collections;
using System.Collections.Generic;

namespace UnityEngine
{
    public class Object
    {
        public string name { get; set; }
        public static void Destroy(Object obj) { }
        public static implicit operator bool(Object o) { return o != null; }
    }

    public class Component : Object
    {
        public GameObject gameObject { get { return null; } }
        public Transform transform { get { return null; } }
        public T GetComponent<T>() { return default(T); }
    }

    public class Behaviour : Component
    {
        public bool enabled { get; set; }
    }

    public class MonoBehaviour : Behaviour
    {
        public Coroutine StartCoroutine(IEnumerator routine) { return null; }
    }

    public sealed class Coroutine { }

    public class YieldInstruction { }

    public class CustomYieldInstruction : IEnumerator
    {
        public object Current { get { return null; } }
        public bool MoveNext() { return false; }
        public void Reset() { }
    }

    public class WaitForSecondsRealtime : CustomYieldInstruction
    {
        public WaitForSecondsRealtime(float time) { }
    }

    public sealed class GameObject : Object
    {
        public GameObject() { }
        public GameObject(string name) { }
        public GameObject(string name, params Type[] components) { }
        public Transform transform { get { return null; } }
        public string tag { get; set; }
        public T AddComponent<T>() where T : Component { return null; }
        public T GetComponent<T>() { return default(T); }
        public void SetActive(bool value) { }
        public static GameObject Find(string name) { return null; }
        public static GameObject CreatePrimitive(PrimitiveType type) { return null; }
    }

    public enum PrimitiveType { Sphere, Capsule, Cylinder, Cube, Plane, Quad }

    public class Transform : Component
    {
        public Vector3 position { get; set; }
        public Vector3 localPosition { get; set; }
        public Quaternion rotation { get; set; }
        public Quaternion localRotation { get; set; }
        public Vector3 localScale { get; set; }
        public Vector3 lossyScale { get { return default(Vector3); } }
        public Vector3 forward { get { return default(Vector3); } }
        public Transform parent { get; set; }
        public void SetParent(Transform parent, bool worldPositionStays) { }
        public Vector3 TransformPoint(Vector3 p) { return p; }
        public Vector3 InverseTransformPoint(Vector3 p) { return p; }
    }

    public struct Vector2
    {
        public float x, y;
        public Vector2(float x, float y) { this.x = x; this.y = y; }
    }

    public struct Vector3
    {
        public float x, y, z;
        public Vector3(float x, float y, float z) { this.x = x; this.y = y; this.z = z; }
        public static Vector3 zero { get { return default(Vector3); } }
        public static Vector3 up { get { return default(Vector3); } }
        public static Vector3 down { get { return default(Vector3); } }
        public static Vector3 forward { get { return default(Vector3); } }
        public Vector3 normalized { get { return this; } }
        public float sqrMagnitude { get { return 0; } }
        public static float Distance(Vector3 a, Vector3 b) { return 0; }
        public static Vector3 Lerp(Vector3 a, Vector3 b, float t) { return a; }
        public static Vector3 ProjectOnPlane(Vector3 v, Vector3 n) { return v; }
        public static Vector3 operator +(Vector3 a, Vector3 b) { return a; }
        public static Vector3 operator -(Vector3 a, Vector3 b) { return a; }
        public static Vector3 operator *(Vector3 a, float d) { return a; }
        public static Vector3 operator *(float d, Vector3 a) { return a; }
    }

    public struct Quaternion
    {
        public float x, y, z, w;
        public static Quaternion identity { get { return default(Quaternion); } }
        public static Quaternion Inverse(Quaternion q) { return q; }
        public static Quaternion LookRotation(Vector3 forward, Vector3 up) { return default(Quaternion); }
        public static Quaternion operator *(Quaternion a, Quaternion b) { return a; }
    }

    public struct Pose
    {
        public Vector3 position;
        public Quaternion rotation;
    }

    public struct Color
    {
        public float r, g, b, a;
        public static Color white { get { return default(Color); } }
    }

    public struct Color32
    {
        public byte r, g, b, a;
        public Color32(byte r, byte g, byte b, byte a) { this.r = r; this.g = g; this.b = b; this.a = a; }
    }

    public static class Mathf
    {
        public static float Clamp(float v, float lo, float hi) { return v; }
        public static float Clamp01(float v) { return v; }
        public static float Max(float a, float b) { return a; }
        public static int Max(int a, int b) { return a; }
        public static float Exp(float p) { return p; }
        public static float InverseLerp(float a, float b, float v) { return v; }
    }

    public static class Time
    {
        public static float deltaTime { get { return 0; } }
    }

    public static class Debug
    {
        public static void Log(object message) { }
        public static void LogError(object message) { }
        public static void LogException(Exception exception) { }
    }

    public enum MeshTopology { Triangles = 0, Quads = 2, Lines = 3, LineStrip = 4, Points = 5 }

    public sealed class Mesh : Object
    {
        public Rendering.IndexFormat indexFormat { get; set; }
        public Vector3[] vertices { get; set; }
        public Vector3[] normals { get; set; }
        public Color32[] colors32 { get; set; }
        public Vector2[] uv { get; set; }
        public void Clear() { }
        public void MarkDynamic() { }
        public void RecalculateNormals() { }
        public void SetIndices(int[] indices, MeshTopology topology, int submesh, bool calculateBounds) { }
    }

    public enum TextureFormat { RGBA32 = 4 }
    public enum TextureWrapMode { Repeat, Clamp, Mirror, MirrorOnce }

    public class Texture : Object
    {
        public TextureWrapMode wrapMode { get; set; }
    }

    public sealed class Texture2D : Texture
    {
        public Texture2D(int width, int height, TextureFormat format, bool mipChain) { }
    }

    public static class ImageConversion
    {
        public static bool LoadImage(this Texture2D tex, byte[] data, bool markNonReadable) { return true; }
    }

    public sealed class Shader : Object
    {
        public static Shader Find(string name) { return null; }
    }

    public class Material : Object
    {
        public Material(Shader shader) { }
        public Texture mainTexture { get; set; }
        public void SetFloat(string name, float value) { }
    }

    public class Renderer : Component
    {
        public Material sharedMaterial { get; set; }
    }

    public sealed class MeshRenderer : Renderer { }

    public sealed class MeshFilter : Component
    {
        public Mesh sharedMesh { get; set; }
    }

    public class Collider : Component { }

    public sealed class Camera : Behaviour
    {
        public static Camera main { get { return null; } }
        public Vector3 ScreenToWorldPoint(Vector3 position) { return position; }
    }

    public class TextAsset : Object
    {
        public string text { get { return ""; } }
    }

    public sealed class Font : Object
    {
        public Material material { get; set; }
    }

    public enum TextAnchor { UpperLeft, UpperCenter, UpperRight, MiddleLeft, MiddleCenter, MiddleRight, LowerLeft, LowerCenter, LowerRight }

    public sealed class TextMesh : Component
    {
        public string text { get; set; }
        public Font font { get; set; }
        public float characterSize { get; set; }
        public int fontSize { get; set; }
        public TextAnchor anchor { get; set; }
        public Color color { get; set; }
    }

    public static class Resources
    {
        public static T GetBuiltinResource<T>(string path) where T : Object { return null; }
    }

    public enum KeyCode { Backspace = 8, Return = 13, Escape = 27, N = 110 }

    public static class Input
    {
        public static Vector3 mousePosition { get { return default(Vector3); } }
        public static Vector2 mouseScrollDelta { get { return default(Vector2); } }
        public static bool GetMouseButton(int button) { return false; }
        public static bool GetKeyDown(KeyCode key) { return false; }
    }

    [AttributeUsage(AttributeTargets.Field)]
    public sealed class HeaderAttribute : Attribute { public HeaderAttribute(string header) { } }

    [AttributeUsage(AttributeTargets.Field)]
    public sealed class TooltipAttribute : Attribute { public TooltipAttribute(string tooltip) { } }

    [AttributeUsage(AttributeTargets.Field)]
    public sealed class RangeAttribute : Attribute { public RangeAttribute(float min, float max) { } }
}

namespace UnityEngine.Rendering
{
    public enum IndexFormat { UInt16 = 0, UInt32 = 1 }
}

namespace UnityEngine.XR
{
    public enum XRNode { LeftEye, RightEye, CenterEye, Head, LeftHand, RightHand, GameController, TrackingReference, HardwareTracker }

    public struct InputFeatureUsage<T>
    {
        public InputFeatureUsage(string name) { }
    }

    public static class CommonUsages
    {
        public static InputFeatureUsage<bool> primaryButton = new InputFeatureUsage<bool>("PrimaryButton");
        public static InputFeatureUsage<bool> secondaryButton = new InputFeatureUsage<bool>("SecondaryButton");
        public static InputFeatureUsage<float> trigger = new InputFeatureUsage<float>("Trigger");
    }

    public struct InputDevice
    {
        public bool isValid { get { return false; } }
        public bool TryGetFeatureValue(InputFeatureUsage<bool> usage, out bool value) { value = false; return false; }
        public bool TryGetFeatureValue(InputFeatureUsage<float> usage, out float value) { value = 0; return false; }
    }

    public static class InputDevices
    {
        public static InputDevice GetDeviceAtXRNode(XRNode node) { return default(InputDevice); }
    }
}
