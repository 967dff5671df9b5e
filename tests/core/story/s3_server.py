"""A real S3-compatible server on loopback for the archive tests: moto in server mode.

The server runs in a thread of the test process and listens on 127.0.0.1 only; the Dask
workers (other processes) reach it over TCP like any S3 endpoint. The address and dummy
credentials go through the standard AWS variables, which s3fs (botocore) reads in every process.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

ENV = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_EC2_METADATA_DISABLED": "true",
}


@contextmanager
def s3_server() -> Iterator[str]:
    """Start the server and point AWS clients at it; yield its endpoint URL."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    saved = {k: os.environ.get(k) for k in [*ENV, "AWS_ENDPOINT_URL"]}
    os.environ.update(ENV, AWS_ENDPOINT_URL=endpoint)
    try:
        yield endpoint
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        server.stop()


def s3fs_client():
    """A fresh s3fs filesystem on the server (no instance cache: the endpoint changes per run)."""
    import s3fs

    return s3fs.S3FileSystem(skip_instance_cache=True)
