#!/bin/sh
# Regenerates the known-answer key files used by tests/keys/test_formats.py.
# Written once with OpenSSH 9.2p1 / OpenSSL 3.0; the keys are test keys, used nowhere else.
# Encrypted files use the passphrase "secret1" (OpenSSH ones with -a 2 to keep tests fast).
set -eu
cd "$(dirname "$0")"
rm -f -- *.key *.pub *.pem *.p8 *.der *.rfc4716 *.cert fingerprints.txt
ssh-keygen -q -t ed25519 -N '' -C kat-ed25519 -f ed25519.key
ssh-keygen -q -t ecdsa -b 256 -N '' -C kat-ecdsa256 -f ecdsa256.key
ssh-keygen -q -t ecdsa -b 384 -N '' -C kat-ecdsa384 -f ecdsa384.key
ssh-keygen -q -t ecdsa -b 521 -N '' -C kat-ecdsa521 -f ecdsa521.key
ssh-keygen -q -t rsa -b 1024 -N '' -C kat-rsa1024 -f rsa1024.key
ssh-keygen -q -t dsa -N '' -C kat-dsa -f dsa.key
for k in ed25519 ecdsa256 ecdsa384 ecdsa521 rsa1024 dsa; do
    mv $k.key.pub $k.pub
    ssh-keygen -e -f $k.pub > $k.rfc4716
done
for c in $(ssh -Q cipher); do
    cp ed25519.key "ed25519-$c.key"
    ssh-keygen -q -p -f "ed25519-$c.key" -P '' -N secret1 -Z "$c" -a 2 > /dev/null
done
for k in ecdsa256 rsa1024 dsa; do
    cp $k.key $k.pem; ssh-keygen -q -p -f $k.pem -P '' -N '' -m PEM > /dev/null
    cp $k.key $k-enc.pem; ssh-keygen -q -p -f $k-enc.pem -P '' -N secret1 -m PEM > /dev/null
    cp $k.key $k.p8; ssh-keygen -q -p -f $k.p8 -P '' -N '' -m PKCS8 > /dev/null
    cp $k.key $k-enc.p8; ssh-keygen -q -p -f $k-enc.p8 -P '' -N secret1 -m PKCS8 > /dev/null
    ssh-keygen -e -m PKCS8 -f $k.pub > $k.spki.pem
    for alg in des3 aes192 aes256; do
        openssl pkey -in $k.pem -traditional -$alg -passout pass:secret1 -out $k-$alg.pem
    done
    openssl pkcs8 -topk8 -nocrypt -in $k.pem -outform DER -out $k.p8.der
done
ssh-keygen -e -m PEM -f rsa1024.pub > rsa1024.pkcs1pub.pem
openssl ecparam -name prime256v1 -genkey -out ecdsa256-params.pem
chmod 600 ecdsa256-params.pem
ssh-keygen -y -f ecdsa256-params.pem > ecdsa256-params.pub
ssh-keygen -q -t ed25519 -N '' -C kat-ca -f ca.key
ssh-keygen -q -s ca.key -I kat-cert -n alice ed25519.pub
mv ed25519-cert.pub ed25519.cert
rm -f ca.key ca.key.pub
chmod 644 -- *.key *.pub *.pem *.p8 *.der *.rfc4716 *.cert
for f in *.pub; do
    echo "$f $(ssh-keygen -l -E sha256 -f $f | cut -d' ' -f2) $(ssh-keygen -l -E md5 -f $f | cut -d' ' -f2)" >> fingerprints.txt
done
