#!/usr/bin/env python3
"""Provenance and consistency checks for the labelled secret-scanner corpus.

corpus/heldout/ and corpus/tuned/ hold excerpts of files from published
packages (PyPI, npm, crates.io), one labelled item per file, described by each
set's manifest.json.  This script (Python 3.11+, standard library only) knows
the pinned package list and the sha256 of every archive the excerpts came from.

    python3 corpus/heldout/collect.py --check    # offline: validate both manifests
    python3 corpus/heldout/collect.py --verify   # re-download archives, re-check every excerpt

--check needs no network.  It validates both manifests: every path exists and
lies under its label directory, offsets / lengths / sha256 of every secret
match the sample bytes, line and end_line are in range and cover the secrets,
every provider sits in exactly one set and in the set the split rule gives
(sha256 of the provider name: first hex digit 0-9 -> heldout, a-f -> tuned),
no file is in both sets (a sample moved out of heldout under the
policy below carries "moved_from": "heldout" in corpus/tuned/manifest.json and
is exempt from the split rule), no file on disk is missing from its manifest, every
package and licence is in the pinned list, and the manifests do not contain
any secret value.

--verify downloads each pinned archive from its registry into a temporary
directory, checks its sha256, and checks that every sample is byte-for-byte
the recorded line range (source.lines) of source.file inside the archive.

Policy: never adjust a detector because of a held-out sample without moving
that sample to corpus/tuned/ (update both manifests, keep its source, add a
note).
"""
import argparse
import hashlib
import io
import json
import os
import re
import sys
import tarfile
import tempfile
import urllib.request
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
SETS = ("heldout", "tuned")
LABELS = ("positive", "placeholder", "benign", "near-miss")
PERMISSIVE = re.compile(
    r"^(MIT|MIT-0|BSD-2-Clause|BSD-3-Clause|Apache-2\.0|ISC|MPL-2\.0|Unlicense|PSF-2\.0|0BSD)"
    r"( (OR|AND) (MIT|MIT-0|BSD-2-Clause|BSD-3-Clause|Apache-2\.0|ISC|MPL-2\.0|Unlicense|PSF-2\.0|0BSD|Python-2\.0|GPL-2\.0))*$"
)


def split_of(provider: str) -> str:
    """The split rule: sha256 of the provider name, first hex digit 0-9 -> heldout, a-f -> tuned."""
    return "heldout" if hashlib.sha256(provider.encode("utf-8")).hexdigest()[0] in "0123456789" else "tuned"


# Pinned packages: (registry, name, version, archive file name, sha256 of the archive, licence).
PACKAGES = [
    ('crates', 'async-stripe', '0.41.0', 'async-stripe-0.41.0.crate', 'cecbddf002ad7a13d2041eadf1b234cb3f57653ffdd901a01bc3f1c65aa77440', 'MIT OR Apache-2.0'),
    ('crates', 'aws-config', '1.13.0', 'aws-config-1.13.0.crate', '939e256cfe0ed68e96d32f194339d88210d5c10685cff0787400158f852c6819', 'Apache-2.0'),
    ('crates', 'aws-credential-types', '1.3.1', 'aws-credential-types-1.3.1.crate', '576e8da35751dc85409ec1cd15999f692c277a1fbe9336780fe6f15e49dd637d', 'Apache-2.0'),
    ('crates', 'aws-sigv4', '1.6.4', 'aws-sigv4-1.6.4.crate', 'f385da9b7757ed4c8214797ad663ff534fb622006143530aa80e21f8e06ff85c', 'Apache-2.0'),
    ('crates', 'google-cloud-auth', '1.19.0', 'google-cloud-auth-1.19.0.crate', '76c32ec5fc751fadaad12f9d135ac1e2672d28fa84190319d654c99075699b22', 'Apache-2.0'),
    ('crates', 'jsonwebtoken', '12.0.0', 'jsonwebtoken-12.0.0.crate', 'f347a975eb5fa8f5c4eadce6c1152c11c326cf32cf839fb64ff12d5cb8f4ce8b', 'MIT'),
    ('crates', 'jwt-simple', '0.15.0', 'jwt-simple-0.15.0.crate', '16f66c560ab0aca6510c246003ab23e56eb4f4583029c26374c4e043d08786ec', 'ISC'),
    ('crates', 'mail-send', '0.7.0', 'mail-send-0.7.0.crate', '1a428956cced7e5493be6631590e009825635f6ffc3f19edbbf9e07418f8f2e2', 'MIT OR Apache-2.0'),
    ('crates', 'mysql', '28.0.4', 'mysql-28.0.4.crate', 'ca3de8a73b7c70f76dbcdd4b6abc9b53bbb6c4f7bd6c79d8e8a7ea2157c02487', 'MIT OR Apache-2.0'),
    ('crates', 'octocrab', '0.54.9', 'octocrab-0.54.9.crate', '319b72643e8fa16dc3278f66439534513b2b65d47ec9cf2b26e7316c0c8ef24a', 'MIT OR Apache-2.0'),
    ('crates', 'pem', '4.0.0', 'pem-4.0.0.crate', 'd354a98a3d1251555de99e8fdd8afda05573c31b82f59063a7b0a29b5527f120', 'MIT'),
    ('crates', 'redis', '1.8.2', 'redis-1.8.2.crate', '4bef8fa589dd53a8a379a7856de1365d0a1be50c6b8aebb5c01c1ec441a2c509', 'BSD-3-Clause'),
    ('crates', 'rsa', '0.10.0', 'rsa-0.10.0.crate', '23e77fd77e0dea28b3011fd62d15445b7de7959333b0276d930e03be0f755699', 'MIT OR Apache-2.0'),
    ('crates', 'rusoto_credential', '0.48.0', 'rusoto_credential-0.48.0.crate', 'ee0a6c13db5aad6047b6a44ef023dbbc21a056b6dab5be3b79ce4283d5c02d05', 'MIT'),
    ('crates', 'russh', '0.65.2', 'russh-0.65.2.crate', '78229f06e4d96d83bea5f5133ad3b6e4b5f0ce22d8e31c1ff7243ec8e18d5ba1', 'Apache-2.0'),
    ('crates', 'russh-keys', '0.49.2', 'russh-keys-0.49.2.crate', '788a2439ce385856585346beb37c48e7c9eb5de5f4f00736720a19ffdb3f5bb5', 'Apache-2.0'),
    ('crates', 'serenity', '0.12.5', 'serenity-0.12.5.crate', '9bde37f42765dfdc34e2a039e0c84afbf79a3101c1941763b0beb816c2f17541', 'ISC'),
    ('crates', 'ssh-key', '0.6.7', 'ssh-key-0.6.7.crate', '3b86f5297f0f04d08cabaa0f6bff7cb6aec4d9c3b49d87990d63da9d9156a8c3', 'MIT OR Apache-2.0'),
    ('crates', 'teloxide', '0.17.0', 'teloxide-0.17.0.crate', '84992abeed3ae42e8401b25d266d12bcba1def0abe59d22f6b9781167545f71e', 'MIT'),
    ('crates', 'thrussh-keys', '0.45.0', 'thrussh-keys-0.45.0.crate', 'c877e9d2d8cb976a1c7dd716299eae5e2ab682cdd0e91cc256ae4bad42a27658', 'Apache-2.0'),
    ('crates', 'tiberius', '0.13.0', 'tiberius-0.13.0.crate', 'e07324791de2bdaed058af4aa433a0b5ec5c0beac407a9797419c19805df2415', 'MIT OR Apache-2.0'),
    ('crates', 'tokio-postgres', '0.7.18', 'tokio-postgres-0.7.18.crate', 'a528f7d280f6d5b9cd149635c8705b0dd049754bc67d81d31fa25169a93809d3', 'MIT OR Apache-2.0'),
    ('crates', 'url', '2.5.9', 'url-2.5.9.crate', 'f00cd2407bb42c0ef17be88d4cf020f5cceffd121665bac9b8b9493a369b3b1a', 'MIT OR Apache-2.0'),
    ('crates', 'yup-oauth2', '12.1.2', 'yup-oauth2-12.1.2.crate', 'ef19a12dfb29fe39f78e1547e1be49717b84aef8762a4001359ed4f94d3accc1', 'MIT OR Apache-2.0'),
    ('npm', '@docsearch/js', '5.2.0', 'docsearch-js-5.2.0.tgz', '5ad5d49b533e9a687b14ea7c7ed5a7b2e0c12aac7151e9f385406c47f116d56f', 'MIT'),
    ('npm', '@octokit/auth-token', '6.0.0', 'octokit-auth-token-6.0.0.tgz', 'ec8290d3e7194d9f04605da928ba2c868a1c5499fefe7fbef0748fa1ad1fc8da', 'MIT'),
    ('npm', '@segment/analytics-next', '1.84.3', 'segment-analytics-next-1.84.3.tgz', 'f571d06c2c4de79fbb27b04696b2128294d09e3c057a5adc974ebed790b8d7ba', 'MIT'),
    ('npm', '@sendgrid/mail', '8.1.6', 'sendgrid-mail-8.1.6.tgz', 'e924ce22382b9e7830253f677d35f947f97383e05cdb4e8dbf2a457a59d121b1', 'MIT'),
    ('npm', '@slack/web-api', '8.2.0', 'slack-web-api-8.2.0.tgz', '5d046d13a3cda62aae3cc49092542d32655424120ffcbbc0c4d601986b0b00aa', 'MIT'),
    ('npm', '@stripe/react-stripe-js', '7.0.1', 'stripe-react-stripe-js-7.0.1.tgz', 'a9ada96026e9c1f65836a6241800baa332aa7b0a98df788bdf7cb65162d60663', 'MIT'),
    ('npm', '@stripe/stripe-js', '10.2.1', 'stripe-stripe-js-10.2.1.tgz', '260ae7ed6f6c5225a9b078c3fcf21c03c83489994f3beb204afbb12c37e787c3', 'MIT'),
    ('npm', 'algoliasearch-helper', '3.30.3', 'algoliasearch-helper-3.30.3.tgz', 'e71f4584a1ba5e371f92983373fa78b22b9aebd4893b3b3ffc258fa8ec824c45', 'MIT'),
    ('npm', 'dotenv', '18.0.10', 'dotenv-18.0.10.tgz', '20a0bc8a1cf06b168161a943ddb0ec557482af479dfa3023db2118399ec0a3b7', 'BSD-2-Clause'),
    ('npm', 'instantsearch.js', '4.118.1', 'instantsearch.js-4.118.1.tgz', '549a33982b0905006fd2086b4995c6e11351498c916ab06469765df584964a37', 'MIT'),
    ('npm', 'ioredis', '6.1.0', 'ioredis-6.1.0.tgz', 'b4332b9cae609e292c97dd826f635d72d329db29ebea76bd417c5def86c5fd1f', 'MIT'),
    ('npm', 'mailgun.js', '14.0.1', 'mailgun.js-14.0.1.tgz', '10dfd49f2837cd457102a0c92a2440362ef0caf3cf5e2d7fe80ae100397f3541', 'MIT'),
    ('npm', 'mssql', '12.7.16', 'mssql-12.7.16.tgz', 'dc9b0f6fef843e59d0aeeb8e04851d81a78ce54b769f728756236e55344172f5', 'MIT'),
    ('npm', 'pg', '8.23.1', 'pg-8.23.1.tgz', '0d7999c755c25f7c02fbd96196291148eda737bb91e78e4031b9ebe5ef7d7de7', 'MIT'),
    ('npm', 'pg-connection-string', '2.14.1', 'pg-connection-string-2.14.1.tgz', '22f69d9711c971d8b66eb78474073ba7f47f27bb69a4347c13cb8ab7c75dfaff', 'MIT'),
    ('npm', 'pusher', '5.3.4', 'pusher-5.3.4.tgz', '16458abb79aeb371fc97056bcc322cc97b8d702d71636fe879fc32004e16a04c', 'MIT'),
    ('npm', 'react-instantsearch', '7.50.1', 'react-instantsearch-7.50.1.tgz', '3f68b5fe8f4f2b679233cb5d0db77a7ee91627944062db558155f7d3d698993f', 'MIT'),
    ('npm', 'ssh2', '1.17.0', 'ssh2-1.17.0.tgz', '8bf2fff9c148973ed24a95087c0b4cea9b8f07a61621c8ab3ded453e3cbcd7d7', 'MIT'),
    ('npm', 'telegraf', '4.16.3', 'telegraf-4.16.3.tgz', '5015432a219a2362a71c5e84b70c2926d572ed618fb67cee080d11380a43861c', 'MIT'),
    ('npm', 'twilio', '6.3.1', 'twilio-6.3.1.tgz', '7ff4f4b6c1cfaa81a69cdb45072e50ca1656e0331cb49435a7b30d06f252e6f7', 'MIT'),
    ('pypi', 'aiogram', '3.31.0', 'aiogram-3.31.0.tar.gz', 'f2c5064fe52d88898c86af62261c405440a014216e45dd99b2c6555a5602ce30', 'MIT'),
    ('pypi', 'anthropic', '2.16.0', 'anthropic-2.16.0.tar.gz', 'c6386ded247ae56db35e34a3d828229cf07847934f1cbdc7dbb696b2944b4510', 'Apache-2.0'),
    ('pypi', 'apprise', '2.3.0', 'apprise-2.3.0.tar.gz', '359b37320cb7cd169a57a475346bfeaccdb5074b307c6abaa3af7b62790b1b52', 'BSD-2-Clause'),
    ('pypi', 'asyncpg', '0.32.0', 'asyncpg-0.32.0.tar.gz', '45e64e56714d888330b884aad1dfb363d0bf43fb343e3d1a8968525f3bade478', 'Apache-2.0'),
    ('pypi', 'atlassian-python-api', '5.0.5', 'atlassian_python_api-5.0.5.tar.gz', 'ae7f34349939ec0674ffb9bea812bc3f4acb4b6ace9a7cf1c15141719669f3bb', 'Apache-2.0'),
    ('pypi', 'auth0-python', '6.8.0', 'auth0_python-6.8.0.tar.gz', '1851e8b396edfa4e9361292e31f6a42f51af8976ce27d57a84642a121c371ea3', 'MIT'),
    ('pypi', 'authlib', '1.9.10', 'authlib-1.9.10.tar.gz', 'f7453c4a3f5975f94cc55223c4d48ff9c7d8d3b4e3d727ed2549edaeb9b85d50', 'BSD-3-Clause'),
    ('pypi', 'azure-storage-blob', '12.31.1', 'azure_storage_blob-12.31.1.tar.gz', '0d6e5b860a1357efc602db04cfa7c9950ac86126edcf7db89320cde281555fe5', 'MIT'),
    ('pypi', 'boto3', '1.44.8', 'boto3-1.44.8.tar.gz', '32f646d28ea25820ec210cfa48e2409bf06a4a529c8b243013fd045716e99826', 'Apache-2.0'),
    ('pypi', 'botocore', '1.44.8', 'botocore-1.44.8.tar.gz', '945b783c1a1259e2a8b078f3f3dd40fae32ea84ab01d3a9953af6b378da7108a', 'Apache-2.0'),
    ('pypi', 'bugsnag', '4.9.2', 'bugsnag-4.9.2.tar.gz', '33933c82ace14a51921e0b5f6796725bc0445ce99e2015b63312fda4bb4d9ec2', 'MIT'),
    ('pypi', 'celery', '5.7.0', 'celery-5.7.0.tar.gz', '6a5dfcf6662287204f009a02002b9e66c83d4105e47ebabdc7079108772fc6f0', 'BSD-3-Clause'),
    ('pypi', 'cloudflare', '5.9.0', 'cloudflare-5.9.0.tar.gz', '1c9b9e243602c754e03636204272422dc45776f3babdc67f8341ca4d559d49e8', 'Apache-2.0'),
    ('pypi', 'cloudinary', '1.46.3', 'cloudinary-1.46.3.tar.gz', 'abc5fdf7f2e3d55b81d520d3ea63242f9e1f35e0106957f1bb479d997a224e08', 'MIT'),
    ('pypi', 'contentful', '2.5.0', 'contentful-2.5.0.tar.gz', '827f61a0a987f7fb2e9c7e633cea2ffbe06fe9658a52f1f57cf195efaf9ddcd0', 'MIT'),
    ('pypi', 'dj-database-url', '3.1.2', 'dj_database_url-3.1.2.tar.gz', '63c20e4bbaa51690dfd4c8d189521f6bf6bc9da9fcdb23d95d2ee8ee87f9ec62', 'BSD-3-Clause'),
    ('pypi', 'django-environ', '0.14.0', 'django_environ-0.14.0.tar.gz', 'b6c48d93b9d2ff8a3ea14099e90c35aa4f101c1b4d5f262dfee0d27b06742ed7', 'MIT'),
    ('pypi', 'ecdsa', '0.19.2', 'ecdsa-0.19.2.tar.gz', '62635b0ac1ca2e027f82122b5b81cb706edc38cd91c63dda28e4f3455a2bf930', 'MIT'),
    ('pypi', 'elasticsearch', '9.5.1', 'elasticsearch-9.5.1.tar.gz', '98210cd96c256dd9936f58e1c762aba94da7db7d38d058bb0fbaf7e4b9567146', 'Apache-2.0'),
    ('pypi', 'environs', '15.2.0', 'environs-15.2.0.tar.gz', '1bfc0d32b43692f28a6e294ad2b69903d43a214672ebcf3124a66d66b52b2418', 'MIT'),
    ('pypi', 'eth-account', '0.14.0', 'eth_account-0.14.0.tar.gz', '2c8291b1a8fcbd29a55b07f75f0a0aaffd04704d3ec28d1396587f18a5541c6d', 'MIT'),
    ('pypi', 'flask', '3.1.3', 'flask-3.1.3.tar.gz', '0ef0e52b8a9cd932855379197dd8f94047b359ca0a78695144304cb45f87c9eb', 'BSD-3-Clause'),
    ('pypi', 'google-auth', '2.63.0', 'google_auth-2.63.0.tar.gz', 'f198b99dd49e81f96f54abce2c03d4dd28fb7e3c77702eb6ae1c5bf25435054c', 'Apache-2.0'),
    ('pypi', 'hcloud', '2.27.0', 'hcloud-2.27.0.tar.gz', '7636d12431eed15de51ffac37bc3ee70d36a7e1b92b671ce384be108a70f669f', 'MIT'),
    ('pypi', 'heroku3', '5.2.1', 'heroku3-5.2.1.tar.gz', 'f3553a154e9f595734be5129edf5d91c70c4e0aa58237d1ec584c721fadd0bcf', 'MIT'),
    ('pypi', 'huggingface-hub', '2.4.0', 'huggingface_hub-2.4.0.tar.gz', '13a6158b9e3393d9d3f248ce99074d50c2a0a1449fb9d8e2f710751e2084c188', 'Apache-2.0'),
    ('pypi', 'hvac', '2.4.0', 'hvac-2.4.0.tar.gz', 'e0056ad9064e7923e874e6769015b032580b639e29246f5ab1044f7959c1c7e0', 'Apache-2.0'),
    ('pypi', 'ibm-cloud-sdk-core', '3.28.0', 'ibm_cloud_sdk_core-3.28.0.tar.gz', '3a5d8621e62b587d86959e91ad80658a1d23306c4644db33199c6628754d0ff2', 'Apache-2.0'),
    ('pypi', 'kombu', '5.7.0', 'kombu-5.7.0.tar.gz', '31e62fdfd2381caa3422f8e02b84a491d9a2180ddda74507b57f4cb1e1c2c2c9', 'BSD-3-Clause'),
    ('pypi', 'launchdarkly-server-sdk', '9.20.0', 'launchdarkly_server_sdk-9.20.0.tar.gz', 'a7b4a94117222b9ea9dc13c1abc58c4c8917ee09d78f96a64385e3d4ad9d3d5d', 'Apache-2.0'),
    ('pypi', 'linode-api4', '5.48.0', 'linode_api4-5.48.0.tar.gz', '055b854b5d9454ffbda30d579e7d4ebc2a4b9e4e9f1db24c770ebca864fbfdcb', 'BSD-3-Clause'),
    ('pypi', 'messagebird', '2.2.0', 'messagebird-2.2.0.tar.gz', '71e80425f6027630b4c66d40c70f75ef8516c9d942e1b003f7d488c69e23ad79', 'BSD-2-Clause'),
    ('pypi', 'msal', '1.39.0', 'msal-1.39.0.tar.gz', '6ab7de335e6d7f5717e2c7e1dbf86e4dda2f6acf3c56773b78dc53ebc6395b5f', 'MIT'),
    ('pypi', 'oauthlib', '4.0.1', 'oauthlib-4.0.1.tar.gz', '3d73febdb6faa00f277c81fb04be7b7586fb96fc3b7f0b9c772dada69a25ede7', 'BSD-3-Clause'),
    ('pypi', 'okta', '3.4.6', 'okta-3.4.6.tar.gz', '068a91390c9b9f9998a84ee2d42cd5c08352ca3a2c447682ea604ff4050ccdf7', 'Apache-2.0'),
    ('pypi', 'openai', '3.60.0', 'openai-3.60.0.tar.gz', '077657587f7d2d55b943a135c3e183f87cf7dc66644caa3c0bbc2bde1fe65de9', 'Apache-2.0'),
    ('pypi', 'optimizely-sdk', '5.7.0', 'optimizely_sdk-5.7.0.tar.gz', 'ddc4aa8ac862bdec54df3fdf045776904ac855debed96b137daf861d077c8610', 'Apache-2.0'),
    ('pypi', 'ovh', '1.2.0', 'ovh-1.2.0.tar.gz', 'd311f08ec17b62cc61216b3dacf03ee89f95a1da9036a595dac29fc9d798b827', 'BSD-3-Clause'),
    ('pypi', 'pgpy', '0.6.0', 'PGPy-0.6.0.tar.gz', '279c2e353f4c3a319f00bd9bd582456e420f8a3ac6de2b4e9731444746828383', 'BSD-3-Clause'),
    ('pypi', 'posthog', '7.91.1', 'posthog-7.91.1.tar.gz', 'e4b3d34854860d814c04b276057c52282bab8fa0d1636d01e44868b32037649c', 'MIT'),
    ('pypi', 'praw', '8.0.3', 'praw-8.0.3.tar.gz', '9b1428eb27e75420010713a5d6e86e7444540164efbb89eba6e693df0a10a512', 'BSD-2-Clause'),
    ('pypi', 'pyairtable', '3.5.1', 'pyairtable-3.5.1.tar.gz', 'a38e03295ddda2d4aec6c91dc35ca8420b6e364e6c14c854de9cf01f78a6a88a', 'MIT'),
    ('pypi', 'pyjwt', '2.15.1', 'pyjwt-2.15.1.tar.gz', '4f259e80cdfb6b3fc18a7de51fd1ef9ec79652f25019bae68975ca2468a34df8', 'MIT'),
    ('pypi', 'pymongo', '4.20.1', 'pymongo-4.20.1.tar.gz', '1ac112b3ffa3d010cfc2fc54e3ae677a12c63d18c6115db4451df64f1a1175eb', 'Apache-2.0'),
    ('pypi', 'pynetbox', '7.9.0', 'pynetbox-7.9.0.tar.gz', 'a50e5caa07df1795a9706e5262a864cf371ae63592585191c1ad361d42695d8b', 'Apache-2.0'),
    ('pypi', 'pyotp', '2.12.1', 'pyotp-2.12.1.tar.gz', '8d0c4192f3c5d1b1a8792df23b9d8acbb7e70abd2b160962af55c5700edbd236', 'MIT'),
    ('pypi', 'python-jenkins', '1.8.3', 'python_jenkins-1.8.3.tar.gz', '8f4761c391ac11e8c1f23f771010920c10440497705ab7175d52358f5a12dc98', 'BSD-3-Clause'),
    ('pypi', 'python-jose', '3.5.0', 'python_jose-3.5.0.tar.gz', 'fb4eaa44dbeb1c26dcc69e4bd7ec54a1cb8dd64d3b4d81ef08d90ff453f2b01b', 'MIT'),
    ('pypi', 'razorpay', '2.0.1', 'razorpay-2.0.1.tar.gz', 'a766b9019e496c995906f75c31900bff8b2709bea251f1771925d742cba53e5b', 'MIT'),
    ('pypi', 'redis', '8.1.0', 'redis-8.1.0.tar.gz', '6e1a19beef9225c83efd689c7e6b7da2d5215b1f42cd13b7fc3714d0a09c7b25', 'MIT'),
    ('pypi', 'replicate', '1.0.7', 'replicate-1.0.7.tar.gz', 'd88cb2c37ba39fb370c87fc3291601c67aae64bb918a20a85b5ce399c23ee84c', 'Apache-2.0'),
    ('pypi', 'requests', '2.34.2', 'requests-2.34.2.tar.gz', 'f288924cae4e29463698d6d60bc6a4da69c89185ad1e0bcc4104f584e960b9ed', 'Apache-2.0'),
    ('pypi', 'requests-oauthlib', '2.0.0', 'requests-oauthlib-2.0.0.tar.gz', 'b3dffaebd884d8cd778494369603a9e7b58d29111bf6b41bdc2dcd87203af4e9', 'ISC'),
    ('pypi', 'rollbar', '1.5.0', 'rollbar-1.5.0.tar.gz', '1940a2e007901d7023014be782a09828e2822b842a4b0f9034806cdb81e07f0c', 'MIT'),
    ('pypi', 'sentry-sdk', '2.75.0', 'sentry_sdk-2.75.0.tar.gz', 'c38ac2d4b2435c11da821e173bb9d9088c98f41ae92f559ce0e424170a8e1a29', 'MIT'),
    ('pypi', 'slack-sdk', '3.48.0', 'slack_sdk-3.48.0.tar.gz', 'e54389b4b9b221c9d57f1d98bc1e28f4918e4e0bc435cc5d430216cb1ab6ad7c', 'MIT'),
    ('pypi', 'squareup', '46.0.0.20260916', 'squareup-46.0.0.20260916.tar.gz', '7e0e6ca7ebb0eed86fb4a315ab12c8ef639480da174f8d70b9b659cfa27d44b0', 'MIT'),
    ('pypi', 'sshtunnel', '0.5.1', 'sshtunnel-0.5.1.tar.gz', 'b7628901e34a297a1a754d136e5e1262cfdef1c3e0a19f75474457ffb49d6838', 'MIT'),
    ('pypi', 'stripe', '16.1.0', 'stripe-16.1.0.tar.gz', '21e72b6779b8cff337ca8d2b8d30138f2d68f6a8d739701076f06a418ad75b8c', 'MIT'),
    ('pypi', 'telnyx', '4.189.0', 'telnyx-4.189.0.tar.gz', '111436cebd6596270bd82b2eeecdb932682aa5833fd07f168e65c999702e235b', 'MIT'),
    ('pypi', 'twilio', '9.13.0', 'twilio-9.13.0.tar.gz', '3d110011db53354b7fe8480b469db0d4fcf082fafb73b50820c7d7d6e1c9dac1', 'MIT'),
    ('pypi', 'twine', '7.0.0', 'twine-7.0.0.tar.gz', '85cdb29c518efef867360ae4acd4b0dfd61c8654a22fca08e6f8539f05022177', 'Apache-2.0'),
    ('pypi', 'urllib3', '2.8.0', 'urllib3-2.8.0.tar.gz', '63bf2ead4c879426ebf22ef2a781eeb4aa3b4ae798a0435506f8687fd5bb9b63', 'MIT'),
]

PKG = {(p[0], p[1]): p for p in PACKAGES}
UA = {"User-Agent": "pushguard-corpus-collect/1"}


def _get(url, accept=None):
    headers = dict(UA)
    if accept:
        headers["Accept"] = accept
    req = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(req, timeout=180) as r:
        return r.read()


def archive_url(registry, name, version, filename):
    if registry == "pypi":
        index = json.loads(_get(f"https://pypi.org/simple/{name}/", "application/vnd.pypi.simple.v1+json"))
        for f in index["files"]:
            if f["filename"] == filename:
                return f["url"]
        raise LookupError(f"{filename} not in the PyPI index for {name}")
    if registry == "npm":
        meta = json.loads(_get("https://registry.npmjs.org/" + name.replace("/", "%2F") + "/" + version))
        return meta["dist"]["tarball"]
    if registry == "crates":
        return f"https://static.crates.io/crates/{name}/{name}-{version}.crate"
    raise ValueError(registry)


def archive_members(data, filename):
    """Map path-inside-package (first path component stripped) -> bytes."""
    out = {}
    if filename.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        for m in z.infolist():
            if not m.is_dir() and "/" in m.filename:
                out[m.filename.split("/", 1)[1]] = z.read(m)
    else:
        t = tarfile.open(fileobj=io.BytesIO(data))
        for m in t.getmembers():
            if m.isfile() and "/" in m.name:
                out[m.name.split("/", 1)[1]] = t.extractfile(m).read()
    return out


def load_manifests():
    mans = {}
    for s in SETS:
        with open(os.path.join(CORPUS, s, "manifest.json"), encoding="utf-8") as f:
            mans[s] = json.load(f)
    return mans


def line_of(data, offset):
    return data.count(b"\n", 0, offset) + 1


def check():
    errors = []

    def err(msg):
        errors.append(msg)

    mans = load_manifests()
    provider_sets = {}
    all_paths = {}
    secrets_seen = []
    sources = {}
    for s in SETS:
        man = mans[s]
        if man.get("version") != 1:
            err(f"{s}: manifest version must be 1")
        setdir = os.path.join(CORPUS, s)
        listed = set()
        for e in man["files"]:
            p = e.get("path", "")
            where = f"{s}/{p}"
            for k in ("path", "label", "provider", "kind", "line", "end_line", "source", "note"):
                if k not in e:
                    err(f"{where}: missing {k}")
            if p in listed:
                err(f"{where}: listed twice")
            listed.add(p)
            all_paths.setdefault(p, []).append(s)
            label = e.get("label")
            if label not in LABELS:
                err(f"{where}: bad label {label!r}")
            src = e.get("source", {})
            if not p.startswith(f"{label}/{src.get('registry')}/"):
                err(f"{where}: path must start with <label>/<registry>/")
            provider = e.get("provider", "")
            moved = e.get("moved_from") == "heldout"
            if moved and s != "tuned":
                err(f"{where}: moved_from is only allowed in corpus/tuned/")
            if not moved:
                provider_sets.setdefault(provider, set()).add(s)
            if split_of(provider) != s and not moved:
                err(f"{where}: provider {provider!r} belongs in {split_of(provider)} by the split rule")
            fp = os.path.join(setdir, p)
            if not os.path.isfile(fp):
                err(f"{where}: file missing")
                continue
            data = open(fp, "rb").read()
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                err(f"{where}: not UTF-8 text")
            nlines = data.count(b"\n") + (0 if data.endswith(b"\n") else 1)
            ln, el = e.get("line", 0), e.get("end_line", 0)
            if not (1 <= ln <= el <= nlines):
                err(f"{where}: line {ln}..{el} out of range 1..{nlines}")
            if label == "benign":
                if "secrets" in e:
                    err(f"{where}: benign item must not list secrets")
            else:
                if e.get("publishable"):
                    err(f"{where}: publishable is for benign items only")
                secs = e.get("secrets") or []
                if not secs:
                    err(f"{where}: {label} item needs secrets")
                for x in secs:
                    o, n = x.get("offset", -1), x.get("length", 0)
                    if o < 0 or n <= 0 or o + n > len(data):
                        err(f"{where}: secret span {o}+{n} outside file")
                        continue
                    if hashlib.sha256(data[o:o + n]).hexdigest() != x.get("sha256"):
                        err(f"{where}: sha256 mismatch at offset {o}")
                    if not (ln <= line_of(data, o) and line_of(data, o + n - 1) <= el):
                        err(f"{where}: secret at lines {line_of(data, o)}..{line_of(data, o + n - 1)} outside {ln}..{el}")
                    if label in ("positive", "near-miss"):
                        secrets_seen.append(data[o:o + n])
            if (src.get("registry"), src.get("package")) not in PKG:
                err(f"{where}: package {src.get('package')} not in the pinned list")
            else:
                pk = PKG[(src["registry"], src["package"])]
                if src.get("version") != pk[2]:
                    err(f"{where}: version {src.get('version')} != pinned {pk[2]}")
                if src.get("licence") != pk[5]:
                    err(f"{where}: licence {src.get('licence')!r} != pinned {pk[5]!r}")
            if not PERMISSIVE.match(src.get("licence", "")):
                err(f"{where}: licence {src.get('licence')!r} is not in the permissive list")
            a, z = (src.get("lines") or [0, 0])
            if a < 1 or z < a or z - a + 1 != nlines:
                err(f"{where}: source.lines {a}-{z} do not match the {nlines} sample lines")
            if src.get("line") != a + ln - 1:
                err(f"{where}: source.line {src.get('line')} != lines[0] + line - 1")
            key = (src.get("registry"), src.get("package"), src.get("file"), a, z)
            if key in sources:
                err(f"{where}: same excerpt as {sources[key]}")
            sources[key] = where
        for dp, _dn, fns in os.walk(setdir):
            for fn in fns:
                rel = os.path.relpath(os.path.join(dp, fn), setdir).replace(os.sep, "/")
                if rel in ("manifest.json", "README.md", "collect.py") or rel.startswith("__pycache__/"):
                    continue
                if rel not in listed:
                    err(f"{s}/{rel}: file on disk but not in the manifest")
    for p, ss in all_paths.items():
        if len(ss) > 1:
            err(f"{p}: in both sets")
    for prov, ss in provider_sets.items():
        if len(ss) > 1:
            err(f"provider {prov!r} appears in both sets")
    for s in SETS:
        raw = open(os.path.join(CORPUS, s, "manifest.json"), "rb").read()
        for v in secrets_seen:
            if len(v) >= 8 and v in raw:
                err(f"{s}/manifest.json contains a secret value ({v[:6]!r}...)")
                break
    for e in errors:
        print("ERROR:", e)
    n = sum(len(mans[s]["files"]) for s in SETS)
    print(f"check: {n} items, {len(provider_sets)} providers, {len(errors)} errors")
    return not errors


def verify():
    mans = load_manifests()
    needed = {}
    for s in SETS:
        for e in mans[s]["files"]:
            src = e["source"]
            needed.setdefault((src["registry"], src["package"]), []).append((s, e))
    failures = 0
    ok = 0
    with tempfile.TemporaryDirectory(prefix="corpus-verify-") as tmp:
        for key, items in sorted(needed.items()):
            reg, name, version, filename, sha, _lic = PKG[key]
            try:
                data = _get(archive_url(reg, name, version, filename))
            except Exception as ex:  # network or index failure
                print(f"FAIL {reg}/{name}-{version}: download failed: {ex}")
                failures += len(items)
                continue
            with open(os.path.join(tmp, filename.replace("/", "_")), "wb") as f:
                f.write(data)
            got = hashlib.sha256(data).hexdigest()
            if got != sha:
                print(f"FAIL {reg}/{name}-{version}: archive sha256 {got} != pinned {sha}")
                failures += len(items)
                continue
            members = archive_members(data, filename)
            for s, e in items:
                src = e["source"]
                where = f"{s}/{e['path']}"
                if src["file"] not in members:
                    print(f"FAIL {where}: {src['file']} not in {filename}")
                    failures += 1
                    continue
                lines = members[src["file"]].splitlines(keepends=True)
                a, z = src["lines"]
                want = b"".join(lines[a - 1:z])
                have = open(os.path.join(CORPUS, s, e["path"]), "rb").read()
                if want != have:
                    print(f"FAIL {where}: excerpt differs from {src['file']} lines {a}-{z}")
                    failures += 1
                else:
                    ok += 1
    print(f"verify: {ok} excerpts match their package files, {failures} failures, {len(needed)} archives")
    return failures == 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--check", action="store_true", help="validate both manifests offline")
    g.add_argument("--verify", action="store_true", help="re-download the archives and compare every excerpt")
    g.add_argument("--list", action="store_true", help="print the pinned package list")
    a = ap.parse_args()
    if a.list:
        for p in PACKAGES:
            print("\t".join(p))
        return 0
    if a.check:
        return 0 if check() else 1
    return 0 if verify() else 1


if __name__ == "__main__":
    sys.exit(main())
