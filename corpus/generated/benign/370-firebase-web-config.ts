import { initializeApp } from 'firebase/app';

// Firebase web config: identifies the project to Google; restricted by HTTP referrer.
const firebaseConfig = {
  apiKey: 'AIza0iBWVC5pU1eniW1cjaf_Kp6mKEA9cu3F5r5',
  authDomain: 'analytics_worker-8012.firebaseapp.com',
  projectId: 'analytics_worker-8012',
  storageBucket: 'analytics_worker-8012.appspot.com',
  messagingSenderId: '242320807060',
  appId: '1:242320807060:web:6514f9744ff7ddaae17e84',
};

export const app = initializeApp(firebaseConfig);
