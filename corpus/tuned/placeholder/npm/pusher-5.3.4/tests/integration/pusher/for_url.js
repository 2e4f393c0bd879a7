const expect = require("expect.js")

const Pusher = require("../../../lib/pusher")

describe("Pusher", function () {
  describe(".forUrl", function () {
    it("should set the `appId` attribute", function () {
      const pusher = Pusher.forURL(
        "https://123abc:def456@example.org/apps/4321"
      )
      expect(pusher.config.appId).to.equal(4321)
    })

    it("should set the `token` attribute", function () {
      const pusher = Pusher.forURL(
