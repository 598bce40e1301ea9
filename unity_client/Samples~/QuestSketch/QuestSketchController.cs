// The sample: one component that sets up drawing and refining in an XR scene.
//   Right controller trigger: draw.  A: refine.  B: undo (the result, else the last stroke).
//   X (left controller): cancel.  Y: keep the result and start a new sketch.
//   In the Editor without a headset: left mouse draws (scroll: depth), Enter refines,
//   Backspace undoes, Escape cancels.
// A status line and a progress bar float in front of the user.
using Sketch2Real.Unity;
using UnityEngine;
using UnityEngine.XR;

namespace Sketch2Real.Samples
{
    public sealed class QuestSketchController : MonoBehaviour
    {
        [Header("Server (see the package README)")]
        public string serverAddress = "192.168.1.20:50051";
        public string token = "";
        public bool useTls;
        [Tooltip("PEM root certificate to pin (TLS), as a TextAsset.")]
        public TextAsset rootCertificate;

        [Header("Request")]
        public string prompt = "a red flower";

        [Header("Scene")]
        [Tooltip("The right controller's tracked Transform; found by name when empty.")]
        public Transform rightController;
        [Tooltip("Sketch2Real/VertexColorLit (the package's Runtime/Shaders).")]
        public Shader meshShader;

        private StrokeCapture capture;
        private RefineSession session;
        private TextMesh statusText;
        private Transform progressBar;
        private bool aWas, bWas, xWas, yWas;

        private static readonly string[] ControllerNames =
            { "Right Controller", "RightHand Controller", "RightHandAnchor", "RightControllerAnchor" };

        private void Awake()
        {
            if (Camera.main == null)
            {
                var cam = new GameObject("Main Camera", typeof(Camera));
                cam.tag = "MainCamera";
                cam.transform.position = new Vector3(0f, 1.5f, 0f);
            }
            if (rightController == null)
            {
                foreach (string n in ControllerNames)
                {
                    GameObject found = GameObject.Find(n);
                    if (found != null)
                    {
                        rightController = found.transform;
                        break;
                    }
                }
            }

            // The sketch root: where strokes are recorded and where the result appears.
            var root = new GameObject("Sketch");
            root.transform.SetParent(transform, false);

            Material strokeMaterial = new Material(meshShader != null ? meshShader : Shader.Find("Sketch2Real/VertexColorLit"));
            capture = gameObject.AddComponent<StrokeCapture>();
            capture.sketchRoot = root.transform;
            capture.strokeMaterial = strokeMaterial;
            if (rightController != null)
            {
                var controller = gameObject.AddComponent<ControllerStrokeInput>();
                controller.controller = rightController;
                capture.input = controller;
            }
            else
            {
                var mouse = gameObject.AddComponent<MouseStrokeInput>();
                capture.input = mouse;
                Debug.Log("sketch2real sample: no right controller found, drawing with the mouse");
            }

            session = gameObject.AddComponent<RefineSession>();
            session.capture = capture;
            session.meshShader = meshShader;
            session.prompt = prompt;
            session.connection.Address = serverAddress;
            session.connection.Token = token;
            session.connection.UseTls = useTls;
            session.rootCertificate = rootCertificate;
            session.StatusChanged += OnStatus;

            MakeHud();
            OnStatus(session.Status ?? "Draw, then press A to refine.");
        }

        private void MakeHud()
        {
            var hud = new GameObject("Sketch2Real status");
            hud.transform.SetParent(transform, false);
            statusText = hud.AddComponent<TextMesh>();
            Font font = Resources.GetBuiltinResource<Font>("LegacyRuntime.ttf");
            statusText.font = font;
            hud.GetComponent<MeshRenderer>().sharedMaterial = font.material;
            statusText.characterSize = 0.01f;
            statusText.fontSize = 48;
            statusText.anchor = TextAnchor.LowerCenter;
            statusText.color = Color.white;
            var bar = GameObject.CreatePrimitive(PrimitiveType.Cube);
            Destroy(bar.GetComponent<Collider>());
            bar.name = "Sketch2Real progress";
            bar.transform.SetParent(hud.transform, false);
            bar.transform.localPosition = new Vector3(0f, -0.03f, 0f);
            bar.transform.localScale = new Vector3(0f, 0.01f, 0.002f);
            progressBar = bar.transform;
        }

        private void OnStatus(string text)
        {
            if (statusText == null)
            {
                return;
            }
            if (session != null && session.ShowingResult && !session.Busy)
            {
                text += "\nB: back to the sketch    Y: keep it and draw anew";
            }
            else if (session != null && session.Busy)
            {
                text += "\nX: cancel";
            }
            statusText.text = text;
        }

        private static bool Pressed(XRNode node, InputFeatureUsage<bool> button)
        {
            InputDevice d = InputDevices.GetDeviceAtXRNode(node);
            bool value;
            return d.isValid && d.TryGetFeatureValue(button, out value) && value;
        }

        private void Update()
        {
            bool a = Pressed(XRNode.RightHand, CommonUsages.primaryButton);
            bool b = Pressed(XRNode.RightHand, CommonUsages.secondaryButton);
            bool x = Pressed(XRNode.LeftHand, CommonUsages.primaryButton);
            bool y = Pressed(XRNode.LeftHand, CommonUsages.secondaryButton);
#if ENABLE_LEGACY_INPUT_MANAGER
            a |= Input.GetKeyDown(KeyCode.Return);
            b |= Input.GetKeyDown(KeyCode.Backspace);
            x |= Input.GetKeyDown(KeyCode.Escape);
            y |= Input.GetKeyDown(KeyCode.N);
#endif
            if (a && !aWas) session.Refine();
            if (b && !bWas) session.Undo();
            if (x && !xWas) session.Cancel();
            if (y && !yWas) session.AcceptAndStartOver();
            aWas = a;
            bWas = b;
            xWas = x;
            yWas = y;

            // Keep the status 0.8 m in front of the eyes, a little low, turning with the head.
            Camera cam = Camera.main;
            if (cam != null && statusText != null)
            {
                Transform head = cam.transform;
                Vector3 forward = Vector3.ProjectOnPlane(head.forward, Vector3.up).normalized;
                if (forward.sqrMagnitude < 1e-4f) forward = Vector3.forward;
                Vector3 target = head.position + forward * 0.8f + Vector3.down * 0.25f;
                Transform hud = statusText.transform;
                hud.position = Vector3.Lerp(hud.position, target, 1f - Mathf.Exp(-4f * Time.deltaTime));
                hud.rotation = Quaternion.LookRotation(hud.position - head.position, Vector3.up);
                float p = session.Busy ? Mathf.Clamp01(session.Progress) : 0f;
                progressBar.localScale = new Vector3(0.4f * p, 0.01f, 0.002f);
                progressBar.localPosition = new Vector3(-0.2f + 0.2f * p, -0.03f, 0f);
            }
        }
    }
}
