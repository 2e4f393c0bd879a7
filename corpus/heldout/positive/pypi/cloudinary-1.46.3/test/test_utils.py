
FETCH_URL = "https://cloudinary.com/images/logo.png"
FETCH_VIDEO_URL = "https://demo-res.cloudinary.com/videos/dog.mp4"

IMAGE_VERSION = "1234"
IMAGE_VERSION_STR = "v" + IMAGE_VERSION
DEFAULT_VERSION_STR = 'v1'
TEST_FOLDER = 'folder/test'

MOCKED_NOW = 1549533574
API_SECRET = 'X7qLTrsES31MzxxkxPPA-pAGGfU'
