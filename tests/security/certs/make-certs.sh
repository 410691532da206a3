#!/usr/bin/env bash
# Regenerates the test-only TLS material of the security tests (never used outside tests; the keys are
# public on purpose). Run from this folder; needs openssl. Valid for 100 years except expired.pem.
#   ca.pem / ca.key               the test CA that HttpClient::addCaCertificates trusts in the tests
#   localhost.pem / .key          signed by the CA for localhost and 127.0.0.1 (the good server)
#   wrong-host.pem / .key         signed by the CA, but for wrong-host.example only
#   self-signed.pem / .key        for 127.0.0.1, signed by nobody the client trusts
#   expired.pem / .key            signed by the CA for 127.0.0.1, expired in 2001
set -euo pipefail
cd "$(dirname "$0")"
days=36500
key() { openssl ecparam -name prime256v1 -genkey -noout -out "$1"; }

key ca.key
openssl req -x509 -new -key ca.key -sha256 -days $days -subj "/CN=Gatehouse test CA (tests only)" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" -out ca.pem

sign() { # name subjectAltName [extra x509 args]
    local name=$1 san=$2; shift 2
    key "$name.key"
    openssl req -new -key "$name.key" -subj "/CN=$name (Gatehouse tests only)" -out "$name.csr"
    printf 'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=%s\n' \
        "$san" > "$name.ext"
    openssl x509 -req -in "$name.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -sha256 -extfile "$name.ext" \
        -out "$name.pem" "$@"
    rm -f "$name.csr" "$name.ext"
}
sign localhost "DNS:localhost,IP:127.0.0.1" -days $days
sign wrong-host "DNS:wrong-host.example" -days $days

key self-signed.key
openssl req -x509 -new -key self-signed.key -sha256 -days $days -subj "/CN=127.0.0.1 (self-signed, tests only)" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -out self-signed.pem

# An expired certificate needs explicit dates, which only `openssl ca` takes.
key expired.key
openssl req -new -key expired.key -subj "/CN=expired (Gatehouse tests only)" -out expired.csr
workdir=$(mktemp -d)
touch "$workdir/index.txt"
cat > "$workdir/ca.cnf" <<CNF
[ca]
default_ca = test
[test]
database = $workdir/index.txt
new_certs_dir = $workdir
serial = $workdir/serial
default_md = sha256
policy = anything
copy_extensions = none
x509_extensions = server
[anything]
commonName = supplied
[server]
basicConstraints = CA:FALSE
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost,IP:127.0.0.1
CNF
echo 01 > "$workdir/serial"
openssl ca -batch -config "$workdir/ca.cnf" -cert ca.pem -keyfile ca.key -in expired.csr -out expired.pem \
    -startdate 20000101000000Z -enddate 20010101000000Z -notext 2>/dev/null
rm -rf "$workdir" expired.csr ca.srl
