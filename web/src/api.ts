// The one contract: gRPC-Web (binary) to the sketch2real.v1 service, through the web front's
// bridge on the page's own origin, with code generated from the .proto by protoc-gen-es.
import { Code, ConnectError, createClient, type Client, type Interceptor } from "@connectrpc/connect";
import { createGrpcWebTransport } from "@connectrpc/connect-web";
import { Sketch2Real } from "./gen/sketch2real/v1/sketch2real_pb";

export type Sketch2RealClient = Client<typeof Sketch2Real>;

const TOKEN_KEY = "sketch2real.token";

/** The bearer token, kept in this browser's localStorage (per origin). */
export const token = {
  get(): string {
    try {
      return localStorage.getItem(TOKEN_KEY) ?? "";
    } catch {
      return "";
    }
  },
  set(value: string): void {
    try {
      if (value) localStorage.setItem(TOKEN_KEY, value);
      else localStorage.removeItem(TOKEN_KEY);
    } catch {
      // Storage refused (private mode): the token lives for this page only.
    }
    memory = value;
  },
};
let memory = token.get();

const auth: Interceptor = (next) => async (req) => {
  if (memory) req.header.set("authorization", `Bearer ${memory}`);
  return next(req);
};

export function makeClient(baseUrl: string = location.origin): Sketch2RealClient {
  const transport = createGrpcWebTransport({ baseUrl, useBinaryFormat: true, interceptors: [auth] });
  return createClient(Sketch2Real, transport);
}

export interface ErrorText {
  code: string;
  text: string;
  /** The token is missing or wrong: the page points at the token field. */
  auth: boolean;
}

/** One line for the person, from whatever a call threw. Status codes and messages are the
 *  server's own (the bridge forwards them); only the token cases get a hint. */
export function describeError(err: unknown): ErrorText {
  const e = ConnectError.from(err);
  const code = Code[e.code] ?? String(e.code);
  const raw = e.rawMessage;
  switch (e.code) {
    case Code.Unauthenticated:
      if (/missing token/i.test(raw))
        return { code, auth: true, text: "This server needs a token: paste yours into Token and press Save." };
      return { code, auth: true, text: `The server refused the token (${raw}): check it and press Save.` };
    case Code.Unavailable:
      return { code, auth: false, text: `Cannot reach the sketch2real server (${raw}).` };
    case Code.Canceled:
      return { code, auth: false, text: "Cancelled." };
    default:
      return { code, auth: false, text: raw || code };
  }
}

export function isAbort(err: unknown): boolean {
  return ConnectError.from(err).code === Code.Canceled;
}

export { Code, ConnectError };
