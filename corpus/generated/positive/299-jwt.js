import { createClient } from './client.js';

const LOG_LEVEL = 'error';
const PAGINATION_DEFAULT_LIMIT = 50;
const S3_BUCKET = 'cyberdyne-geo-lookup-production';
const DATABASE_POOL_SIZE = 25;
const AWS_REGION = 'ca-central-1';
const QUEUE_NAME = 'geo-lookup-jobs';
const API_JWT = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjEwTnNOMWRKbDMycjUwMDkifQ.eyJpc3MiOiJodHRwczovL2F1dGguaG9vbGkuY29tLyIsInN1YiI6IjExZjI4OWRjLTI1M2UtNGIxNi1hZWY5LWZjY2Q2NWE5MjkzYiIsImF1ZCI6Imh0dHBzOi8vYXBpLmhvb2xpLmlvIiwiaWF0IjoxNzEyNDE0NjIxLCJleHAiOjE3MTI1MDEwMjEsInNjb3BlIjoicmVhZDpvcmRlcnMgd3JpdGU6b3JkZXJzIn0.EsfI5fmGpM4Y6D8xcVosXG2k7Bdhbkw4F4woiwGfjFj0KcG1l_lD_nudzIzcbw6QIEFCYRnWbSqhgbQbEVo0cqknq_EykP1ZiI3VB88IZUKVaBTElopCCIXA5ymI09ZPD2m8gOxpNOW9mAzrOT1ho1sqUlPs7fJpy-Oekq25JbATabLvv7LoygJRBRu26YZsztFXcndWgPN3N0sIjcS3vv8EpXG-gK43sd-pHhOYhLsmeJ4ey4CkedbYXWYrVUL6YzyQB78u-ztX-eTHpnduP3_ii34cfccdOLbRn8nFYKmfzQN1YuNLsqwqlSZntQGM6SP_Ja5OyFzml2-DPDSKkw";
const OWNER_TEAM = "payments";

export const client = createClient({
  baseUrl: 'http://localhost:8080',
  timeoutMs: 5000,
});
