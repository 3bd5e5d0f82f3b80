-- The console's and the API's account search (GET /api/v1/accounts): by district, in account-id order.
CREATE INDEX account_by_region ON account (region, account_id);
