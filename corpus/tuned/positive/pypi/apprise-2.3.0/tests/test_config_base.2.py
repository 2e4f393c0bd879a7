
    Validate `tags` is accepted as an alias of `tag` in the dict form:
      - "schema://...":
           tags: a-tag

    Also implicitly verifies `tags` does not leak into plugin kwargs, because
    plugin instantiation would fail if an unexpected kwarg is passed through.
    """
    t = tmpdir.mkdir("tags-alias-dict-form").join("apprise.yml")
    t.write("""urls:
  - pover://nsisxnvnqixq39t0cw54pxieyvtdd9@2jevtmstfg5a7hfxndiybasttxxfku:
      tags: test1
  - pover://rg8ta87qngcrkc6t4qbykxktou0uug@tqs3i88xlufexwl8t4asglt4zp5wfn:
      tags: test2
  - pover://jcqgnlyq2oetea4qg3iunahj8d5ijm@evalvutkhc8ipmz2lcgc70wtsm0qpb:
      tags: test3
""")

    ac = AppriseConfig(paths=str(t))

    # The number of configuration files that exist
