class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds: %d > %d" % (amount, self.balance))
        self.balance -= amount
        return self.balance


acct = Account(100)
print(acct.withdraw(30))
print(acct.withdraw(500))
