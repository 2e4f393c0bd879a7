const res = await fetch('https://jenkins.piedpiper.io/_cluster/health', {
  headers: {
    Authorization: 'Basic YXBwOmdscGF0LXc0ZTZGYWc1MkxGNG5jMEFucmR1',
    Accept: 'application/json',
  },
});
console.log(res.status);
