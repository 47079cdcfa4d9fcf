#!/usr/bin/env python3
"""The hostile share of the soak benchmark: clients that try to make the service stop answering.

Runs until killed (SIGTERM or SIGINT), then prints one line per kind of attack with what the
service answered. Each kind runs on its own threads, reconnecting as the service closes on it:

  stall        chunked bodies without a key that stop after a few chunks (4 connections)
  stall-keyed  the same with a VIEWER key, which the service reads until its body timeout (2)
  long-string  bodies of 1 MiB and of 60 KB whose one string is long, with a VIEWER key (2)
  headers      a VIEWER's chunked body after 2,700 tiny header fields, then stalled (1)
  guess        unknown keys, ten a second, from the same address as the normal traffic (1)
  pipeline     10,000 requests sent on one connection without reading an answer (1)

  bench/hostile.py PORT VIEWER_KEY
"""
import collections
import signal
import socket
import sys
import threading
import time
import uuid

PORT = int(sys.argv[1])
VIEWER = sys.argv[2]
stop = threading.Event()
counts = collections.defaultdict(collections.Counter)
lock = threading.Lock()


def count(kind, outcome):
    with lock:
        counts[kind][outcome] += 1


def status(answer):
    """The status code of an answer, or what became of the connection."""
    if not answer:
        return "closed"
    line = answer.split(b"\r\n", 1)[0].split(b" ")
    return line[1].decode() if len(line) > 1 else "garbled"


def connect(timeout):
    sock = socket.create_connection(("127.0.0.1", PORT), timeout=5)
    sock.settimeout(timeout)
    return sock


def read_answer(sock):
    try:
        return sock.recv(65536)
    except (socket.timeout, OSError):
        return b""


def chunked_head(key=None, fields=b""):
    head = b"POST /api/v1/scores HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
    if key:
        head += b"Authorization: Bearer " + key.encode() + b"\r\n"
    return head + fields + b"Transfer-Encoding: chunked\r\n\r\n"


def stall(kind, key, chunks, fields=b""):
    while not stop.is_set():
        try:
            sock = connect(30)
            sock.sendall(chunked_head(key, fields))
            for _ in range(chunks):
                sock.sendall(b"2000\r\n" + b"a" * 8192 + b"\r\n")
            count(kind, status(read_answer(sock)))  # and the connection stays open, silent
            sock.close()
        except OSError as error:
            count(kind, type(error).__name__)
            time.sleep(0.2)


def long_string():
    sizes = [1_048_000, 60_000]
    turn = 0
    while not stop.is_set():
        turn += 1
        body = b'{"answers": {"llm.production_use": "' + b"a" * sizes[turn % 2] + b'"}}'
        try:
            sock = connect(10)
            sock.sendall(b"POST /api/v1/scores HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                         b"Authorization: Bearer " + VIEWER.encode() + b"\r\nContent-Length: "
                         + str(len(body)).encode() + b"\r\n\r\n")
            try:
                sock.sendall(body)
            except OSError:
                pass  # answered and closed before the whole body was sent
            count("long-string", status(read_answer(sock)))
            sock.close()
        except OSError as error:
            count("long-string", type(error).__name__)
            time.sleep(0.2)


def guess():
    while not stop.is_set():
        try:
            sock = connect(5)
            sock.sendall(b"GET /api/v1/tenant HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ark_"
                         + uuid.uuid4().hex.encode() + b"\r\nConnection: close\r\n\r\n")
            count("guess", status(read_answer(sock)))
            sock.close()
        except OSError as error:
            count("guess", type(error).__name__)
        time.sleep(0.1)


def pipeline():
    flood = (b"GET /api/v1/assessments?size=100 HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
             + VIEWER.encode() + b"\r\n\r\n") * 10_000
    while not stop.is_set():
        try:
            sock = connect(2)
            try:
                sock.sendall(flood)
                count("pipeline", "sent")
            except OSError:
                count("pipeline", "closed")
            sock.close()
        except OSError as error:
            count("pipeline", type(error).__name__)
        time.sleep(1)


def main():
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    workers = ([threading.Thread(target=stall, args=("stall", None, 4)) for _ in range(4)]
               + [threading.Thread(target=stall, args=("stall-keyed", VIEWER, 1)) for _ in range(2)]
               + [threading.Thread(target=long_string) for _ in range(2)]
               + [threading.Thread(target=stall, args=("headers", VIEWER, 1, b"a: b\r\n" * 2_700))]
               + [threading.Thread(target=guess), threading.Thread(target=pipeline)])
    for worker in workers:
        worker.daemon = True
        worker.start()
    while not stop.is_set():
        stop.wait(1)
    for kind in ("stall", "stall-keyed", "long-string", "headers", "guess", "pipeline"):
        outcomes = ", ".join(f"{outcome} {n}" for outcome, n in sorted(counts[kind].items()))
        print(f"hostile {kind}: {outcomes}", flush=True)


main()
