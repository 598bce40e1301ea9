"""The gRPC-Web framing, trailers and header encodings (pure functions)."""

from __future__ import annotations

import grpc
import pytest

from sketch2real.web import grpcweb


def test_frames_round_trip():
    body = grpcweb.data_frame(b"abc") + grpcweb.trailer_frame(grpc.StatusCode.OK)
    assert body[:5] == b"\x00\x00\x00\x00\x03"
    frames = grpcweb.parse_frames(body)
    assert frames[0] == (0, b"abc") and frames[1][0] == 0x80
    assert grpcweb.parse_trailers(frames[1][1]) == {"grpc-status": "0"}
    assert grpcweb.request_message(grpcweb.data_frame(b"")) == b""


@pytest.mark.parametrize("body, why", [
    (b"", "less than one frame header"), (b"\x00\x00\x00\x00\x05ab", "the frame says 5"),
    (b"\x01\x00\x00\x00\x00", "compressed"), (b"\x80\x00\x00\x00\x00", "not a message frame"),
    (grpcweb.data_frame(b"a") + grpcweb.data_frame(b"b"), "one message expected")])
def test_request_body_must_be_one_plain_message(body, why):
    with pytest.raises(grpcweb.FrameError, match=why):
        grpcweb.request_message(body)


def test_trailers_carry_status_message_and_text_metadata_only():
    block = grpcweb.trailer_block(grpc.StatusCode.NOT_FOUND, "job 12 not found: 100% sure é",
                                  [("x-retry", "later"), ("trace-bin", b"\0"),
                                   ("grpc-status", "0"), ("bad", "a\r\nb")])
    text = block.decode()
    assert text.startswith("grpc-status: 5\r\n")
    assert "grpc-message: job 12 not found: 100%25 sure %C3%A9\r\n" in text
    assert "x-retry: later\r\n" in text
    assert "trace-bin" not in text and text.count("grpc-status") == 1 and "bad" not in text
    parsed = grpcweb.parse_trailers(block)
    assert parsed["grpc-message"] == "job 12 not found: 100% sure é"


def test_percent_encoding_matches_grpc():
    assert grpcweb.percent_encode("ok plain") == "ok plain"
    assert grpcweb.percent_encode("a\nb%") == "a%0Ab%25"
    assert grpcweb.percent_decode("%zz%4") == "%zz%4"  # malformed escapes kept
    for text in ("", "é ü 中", "100%", "line\r\nbreak"):
        assert grpcweb.percent_decode(grpcweb.percent_encode(text)) == text


def test_content_types_and_timeouts():
    assert grpcweb.is_grpc_web("application/grpc-web+proto")
    assert grpcweb.is_grpc_web("application/grpc-web; charset=utf-8")
    for bad in (None, "", "application/grpc-web-text", "application/grpc-web+json",
                "text/plain", "application/grpc"):
        assert not grpcweb.is_grpc_web(bad)
    assert grpcweb.parse_timeout(None) is None
    assert grpcweb.parse_timeout("1500m") == pytest.approx(1.5)
    assert grpcweb.parse_timeout("2H") == 7200
    assert grpcweb.parse_timeout("99999999S", cap_seconds=60) == 60
    for bad in ("1x", "S", "123456789S", "-1S", "1.5S"):
        with pytest.raises(ValueError):
            grpcweb.parse_timeout(bad)
    assert grpcweb.code_from_number(16) is grpc.StatusCode.UNAUTHENTICATED
    assert grpcweb.code_from_number(99) is grpc.StatusCode.UNKNOWN
