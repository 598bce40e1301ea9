// Previews, results and stroke tubes: texture x vertex colour, with a fixed soft light so the
// shape reads without scene lights. Plain CG, so it renders in the built-in pipeline and in URP
// (as an unlit pass); single-pass instanced stereo for Quest.
Shader "Sketch2Real/VertexColorLit"
{
    Properties
    {
        _MainTex ("Texture", 2D) = "white" {}
        _Color ("Tint", Color) = (1, 1, 1, 1)
        _VertexColorWeight ("Vertex colour weight", Range(0, 1)) = 1
        _Ambient ("Ambient", Range(0, 1)) = 0.45
    }
    SubShader
    {
        Tags { "RenderType" = "Opaque" "Queue" = "Geometry" }
        LOD 100
        Pass
        {
            Cull Back
            CGPROGRAM
            #pragma vertex vert
            #pragma fragment frag
            #pragma multi_compile_instancing
            #include "UnityCG.cginc"

            sampler2D _MainTex;
            float4 _MainTex_ST;
            fixed4 _Color;
            float _VertexColorWeight;
            float _Ambient;

            struct appdata
            {
                float4 vertex : POSITION;
                float3 normal : NORMAL;
                fixed4 color : COLOR;
                float2 uv : TEXCOORD0;
                UNITY_VERTEX_INPUT_INSTANCE_ID
            };

            struct v2f
            {
                float4 pos : SV_POSITION;
                float2 uv : TEXCOORD0;
                float3 normal : TEXCOORD1;
                fixed4 color : COLOR;
                UNITY_VERTEX_OUTPUT_STEREO
            };

            v2f vert (appdata v)
            {
                v2f o;
                UNITY_SETUP_INSTANCE_ID(v);
                UNITY_INITIALIZE_OUTPUT(v2f, o);
                UNITY_INITIALIZE_VERTEX_OUTPUT_STEREO(o);
                o.pos = UnityObjectToClipPos(v.vertex);
                o.uv = TRANSFORM_TEX(v.uv, _MainTex);
                o.normal = UnityObjectToWorldNormal(v.normal);
                o.color = v.color;
                return o;
            }

            fixed4 frag (v2f i) : SV_Target
            {
                float3 light = normalize(float3(0.3, 1.0, -0.4));
                float diffuse = saturate(dot(normalize(i.normal), light)) * 0.8 + 0.2 * saturate(normalize(i.normal).y * 0.5 + 0.5);
                float shade = _Ambient + (1.0 - _Ambient) * diffuse;
                fixed4 c = tex2D(_MainTex, i.uv) * lerp(fixed4(1, 1, 1, 1), i.color, _VertexColorWeight) * _Color;
                c.rgb *= shade;
                return c;
            }
            ENDCG
        }
    }
    Fallback Off
}
