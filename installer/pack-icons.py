#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Packs square PNG files into a Windows .ico or a macOS .icns, byte for byte the same
for the same PNGs. Both formats take PNG data as it is (Windows Vista and later, macOS
10.7 and later), so nothing is decoded or re-encoded.

    pack-icons.py ico  OUT.ico  16.png 24.png ... 256.png
    pack-icons.py icns OUT.icns 16.png 32.png ... 1024.png
"""
import struct
import sys

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# ICNS element types holding PNG data, by pixel size: (1x type, 2x type of half the size).
ICNS_TYPES = {
    16: [b"icp4"],
    32: [b"icp5", b"ic11"],
    64: [b"icp6", b"ic12"],
    128: [b"ic07"],
    256: [b"ic08", b"ic13"],
    512: [b"ic09", b"ic14"],
    1024: [b"ic10"],
}


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        sys.exit(f"pack-icons: {path} is not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    if width != height:
        sys.exit(f"pack-icons: {path} is {width}x{height}, not square")
    return width, data


def pack_ico(images):
    if any(size > 256 for size, _ in images):
        sys.exit("pack-icons: an .ico holds at most 256 px")
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        # Width and height 0 mean 256; 32 bits per pixel; one plane.
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def pack_icns(images):
    body = b""
    for size, data in images:
        if size not in ICNS_TYPES:
            sys.exit(f"pack-icons: no .icns type for {size} px")
        for kind in ICNS_TYPES[size]:
            body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv):
    if len(argv) < 4 or argv[1] not in ("ico", "icns"):
        sys.exit(__doc__)
    images = sorted(read_png(p) for p in argv[3:])
    packed = pack_ico(images) if argv[1] == "ico" else pack_icns(images)
    with open(argv[2], "wb") as f:
        f.write(packed)


if __name__ == "__main__":
    main(sys.argv)
