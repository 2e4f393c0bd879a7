import { initializeApp } from 'firebase/app';

// Firebase web config: identifies the project to Google; restricted by HTTP referrer.
const firebaseConfig = {
  apiKey: 'AIzatViFZTFdeHk4IeGTWMpL1R4uby_5q45nsiU',
  authDomain: 'notifier-5699.firebaseapp.com',
  projectId: 'notifier-5699',
  storageBucket: 'notifier-5699.appspot.com',
  messagingSenderId: '250869658662',
  appId: '1:250869658662:web:8ab09e0923329f277e7fff',
};

export const app = initializeApp(firebaseConfig);
