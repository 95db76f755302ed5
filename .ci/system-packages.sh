#!/usr/bin/env bash
# Debian packages the tests use: headless Chromium (report and mail rendering tests), a CJK font
# (Chinese supplier text in the PDF report), poppler (pdftoppm for report page images), Tesseract
# with Simplified Chinese (OCR of scanned PIs), Pango (WeasyPrint's text layout).
# Run as root on Debian/Ubuntu; without these the tests that need them skip with a message.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
    chromium fonts-wqy-microhei poppler-utils tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng \
    libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b fontconfig >/dev/null
